# Airflow 3 image with the etl package installed (docker-compose.yml builds it).
ARG AIRFLOW_IMAGE=apache/airflow:3.3.2-python3.11
FROM ${AIRFLOW_IMAGE}
USER root
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
USER airflow
COPY --chown=airflow:root pyproject.toml README.md /opt/etl/
COPY --chown=airflow:root etl /opt/etl/etl
COPY --chown=airflow:root sql /opt/etl/sql
RUN pip install --no-cache-dir -e /opt/etl
ENV ETL_SQL_DIR=/opt/etl/sql
