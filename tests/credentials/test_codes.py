import pytest

from credentials.codes import (
    ALPHABET,
    check_character,
    code_display,
    code_generate,
    code_is_well_formed,
    code_normalise,
)


def test_generated_codes_are_well_formed_and_use_the_unambiguous_alphabet():
    for _ in range(200):
        code = code_generate()
        assert code_is_well_formed(code)
        assert not set(code) & set("01ILO")


def test_every_single_character_typo_is_caught():
    body = "ABCD2345"
    code = body + check_character(body)
    for position in range(len(code)):
        for replacement in ALPHABET:
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1 :]
            assert not code_is_well_formed(typo), typo


def test_every_adjacent_swap_is_caught():
    for _ in range(200):
        code = code_generate()
        for position in range(len(code) - 1):
            if code[position] == code[position + 1]:
                continue
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            assert not code_is_well_formed(swapped), (code, swapped)


@pytest.mark.parametrize("typed", ["abcd-2345-x", " ABCD 2345 X ", "abcd2345x"])
def test_case_spaces_and_hyphens_are_forgiven(typed):
    assert code_normalise(typed) == "ABCD2345X"


def test_display_groups_the_code_for_reading():
    assert code_display("ABCD2345X") == "ABCD-2345-X"
