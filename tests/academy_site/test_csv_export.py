import csv
import io

import pytest

from academy_site.csv_export import csv_cell_neutralise, csv_response


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"],
)
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(cell):
    assert csv_cell_neutralise(cell) == f"'{cell}"


@pytest.mark.parametrize("cell", ["Ann O'Neil", "ann@example.org", "2025-07-18", "", 6, -1, None])
def test_ordinary_cells_and_numbers_are_left_alone(cell):
    assert csv_cell_neutralise(cell) == cell


def test_the_response_is_an_attachment_with_every_cell_neutralised():
    response = csv_response(
        filename="report.csv",
        header=["Name", "=Total"],
        rows=[["=cmd|' /C calc'!A0", 3], ["Ann", -2]],
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="report.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [["Name", "'=Total"], ["'=cmd|' /C calc'!A0", "3"], ["Ann", "-2"]]
