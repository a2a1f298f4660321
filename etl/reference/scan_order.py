"""The order the scanner's automaton is built in: the same hits, fewer steps per character.

pyahocorasick keeps a trie node's children in a list, in the order they were first added, and finds
the next character by walking that list (``trienode_get_next``); a character that no child holds walks
all of it, at every node of the failure chain down to the root.  Built from a set, the keys came in hash
order (another per process), so a text's common letters sat anywhere in those lists and every space,
newline and punctuation mark walked the root's whole list (58 first letters): ~250-350 instructions a
character, ~4 % of a document's extraction.  Inserted most frequent character first (``trie_order``),
each list holds its likely letters in front; and a node for each frequent character that begins no key
(``STOPS``) stands first at the root, so that character ends its walk there.  Such a node's only key is
the character followed by U+FFFF (a noncharacter) with a payload that does nothing.  The automaton's hits
depend only on its keys, not on the order they were added in, so a scan's result is unchanged.
"""

from __future__ import annotations

# Characters of the scanned key text (folded, dashes as spaces), most frequent first: counted over the
# samples and the labelled .txt/.md reports (Kyrgyz, Russian and English).
_ORDER = " аонеритулкысдeмtaвnoг\nпiбrsй.2шчжяlhd0зc,umpf1gyю5kцьbхwф43vэщ«»689j:\"7z()_|*xъ/'#;q"
_RANK = {ch: i for i, ch in enumerate(_ORDER)}
_LAST = len(_ORDER)

# Frequent characters of a text that may begin no key (those that do need no node of their own); each
# stands in the root's list at its rank, so rarer characters are not put behind it.
STOPS = " \n.,0123456789"
STOP_END = "\uffff"


def trie_order(key: str) -> tuple[int, ...]:
    """Sort key putting, at every depth, the more frequent character first (unlisted ones after, by code)."""
    return tuple(_RANK.get(ch, _LAST + ord(ch)) for ch in key)


def stop_keys(keys: set[str]) -> set[str]:
    """The do-nothing keys that give each of ``STOPS`` that begins none of ``keys`` its node at the root."""
    firsts = {k[0] for k in keys}
    return {ch + STOP_END for ch in STOPS if ch not in firsts}
