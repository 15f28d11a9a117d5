"""Korean particles (조사) that agree with the word before them, computed from its last syllable."""

from __future__ import annotations

import re

# (form after a final consonant, form after a vowel)
_PAIRS: dict[str, tuple[str, str]] = {}
for _after_consonant, _after_vowel in (
    ("을", "를"),
    ("이", "가"),
    ("은", "는"),
    ("과", "와"),
    ("으로", "로"),
    ("이나", "나"),
    ("이랑", "랑"),
    ("아", "야"),
    ("이에요", "예요"),
    ("으로서", "로서"),
):
    for _form in (
        _after_consonant,
        _after_vowel,
        f"{_after_consonant}/{_after_vowel}",
        f"{_after_consonant}({_after_vowel})",
        f"{_after_vowel}/{_after_consonant}",
    ):
        _PAIRS[_form] = (_after_consonant, _after_vowel)

_RIEUL = 8  # index of ㄹ among the final consonants
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# How the last digit or letter is read aloud: None = ends in a vowel, else the final consonant.
_DIGIT_FINAL = {
    "0": "ㅇ",
    "1": "ㄹ",
    "2": None,
    "3": "ㅁ",
    "4": None,
    "5": None,
    "6": "ㄱ",
    "7": "ㄹ",
    "8": "ㄹ",
    "9": None,
}
_TENS_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ", 4: "ㄴ"}  # 십, 백, 천, 만
_LETTER_FINAL = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}  # 엘, 엠, 엔, 알
_TRAILING_ASIDE = re.compile(r"\s*[(\[（][^()\[\]（）]*[)\]）]\s*$")
_TRAILING_MARKS = "\"'”’」』》〉.,!?·… "


def _final_of_word(word: str) -> str | bool | None:
    """The final consonant of the word as read aloud; None = vowel; False = cannot tell."""
    word = _TRAILING_ASIDE.sub("", word).rstrip(_TRAILING_MARKS)
    if not word:
        return False
    last = word[-1]
    code = ord(last)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        final = (code - _HANGUL_FIRST) % 28
        if final == 0:
            return None
        return "ㄹ" if final == _RIEUL else "받침"
    if last.isdigit():
        digits = re.search(r"[0-9]+$", word)
        number = digits.group(0) if digits else last
        zeros = len(number) - len(number.rstrip("0"))
        if zeros and number.strip("0"):
            return _TENS_FINAL.get(min(zeros, 4))
        return _DIGIT_FINAL[last]
    if last.isascii() and last.isalpha():
        letters = re.search(r"[A-Za-z]+$", word)
        tail = letters.group(0) if letters else last
        if tail.isupper() or len(tail) == 1:
            return _LETTER_FINAL.get(last.upper())
        lowered = tail.lower()
        if lowered.endswith(("le", "l")):
            return "ㄹ"
        if lowered.endswith(("m", "n", "ng")):
            return "ㄴ"
        if lowered[-1] in "bcdgkpt" and not lowered.endswith(("ck", "ght")):
            return "ㄱ"
        return None
    return False


def particle(word: str, form: str) -> str:
    """The particle that agrees with `word`, e.g. particle('이메일', '을') == '을'."""
    try:
        after_consonant, after_vowel = _PAIRS[form]
    except KeyError:
        raise ValueError(f"unknown Korean particle form {form!r}") from None
    final = _final_of_word(word)
    if final is False:
        return f"{after_consonant}({after_vowel})"
    if final is None:
        return after_vowel
    if after_consonant.startswith("으로") and final == "ㄹ":
        return after_vowel
    return after_consonant


def with_particle(word: str, form: str) -> str:
    """The word and its agreeing particle: with_particle('전화번호', '을') == '전화번호를'."""
    return f"{word}{particle(word, form)}"
