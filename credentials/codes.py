"""Verification codes people can read aloud and type: no 0/O, 1/I/L, with a check character."""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 symbols: a prime, so the check catches swaps
BODY_LENGTH = 8


def check_character(body: str) -> str:
    """Weighted sum mod 31 (like ISBN): catches any single wrong character and adjacent swaps."""
    total = sum((index + 1) * ALPHABET.index(char) for index, char in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def code_generate() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def code_normalise(raw: str) -> str:
    """Forgive case, spaces and hyphens."""
    return "".join(raw.split()).replace("-", "").upper()


def code_is_well_formed(code: str) -> bool:
    if len(code) != BODY_LENGTH + 1 or any(char not in ALPHABET for char in code):
        return False
    return check_character(code[:-1]) == code[-1]


def code_display(code: str) -> str:
    """Grouped for reading: ABCD-EFGH-J."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"
