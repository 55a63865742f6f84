"""The one volunteer scoring function, which governors and mentoring both rank with."""

from volunteers.scoring import candidates_rank, needs_as_gaps, volunteer_score


def test_score_adds_the_points_of_the_gaps_a_volunteer_fills():
    assert volunteer_score(skill_ids={8, 9, 12}, gaps={8: 2, 9: 2, 5: 1}) == 4
    assert volunteer_score(skill_ids={1, 2}, gaps={8: 2}) == 0


def test_candidates_who_fill_nothing_are_left_out_and_ties_follow_the_tiebreak():
    ranked = candidates_rank(
        candidates=[("late", {1, 2}), ("none", {9}), ("early", {1, 2}), ("best", {1, 2, 3})],
        gaps=needs_as_gaps([1, 2, 3]),
        tiebreak=lambda name: name,
    )
    assert [(r.candidate, r.score) for r in ranked] == [("best", 3), ("early", 2), ("late", 2)]
    assert ranked[0].fills == {1, 2, 3}


def test_governors_rank_with_the_same_function():
    from governors import matching

    assert matching.volunteer_score is volunteer_score
