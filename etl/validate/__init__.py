"""Record checks (contract schema + semantics) and Great Expectations runs on staging and warehouse."""
