"""Listeners on learning's hooks fail the start-up check loudly instead of being skipped."""

import importlib
from unittest import mock

import pytest
from django.apps import AppConfig
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from wagtail import hooks

from learning.checks import learning_hooks_check
from learning.hooks import DASHBOARD_PANELS, MODULE_COMPLETED, listeners
from pathways.checks import pathway_awards_listen_check
from pathways.services import pathway_awards_check


def listener(*, learner, module, completion):
    pass


def listener_without_completion(*, learner, module):
    pass


def ids(errors) -> list[str]:
    return [error.id for error in errors]


def test_the_site_wiring_passes_the_check():
    assert learning_hooks_check() == []
    assert pathway_awards_listen_check() == []
    assert pathway_awards_check in listeners(MODULE_COMPLETED)


def test_a_hooks_module_that_does_not_import_fails_the_check():
    name = "tests.learning.broken_hooks"
    app_config = AppConfig(name, importlib.import_module(name))

    errors = learning_hooks_check(app_configs=[app_config])

    assert ids(errors) == ["academy.E001"]
    assert "a_module_that_does_not_exist" in errors[0].msg
    assert errors[0].obj is app_config


def test_a_mistyped_hook_name_fails_the_check_and_suggests_the_right_one():
    with hooks.register_temporarily("academy_module_complted", listener):
        errors = learning_hooks_check()

    assert ids(errors) == ["academy.E002"]
    assert "test_hooks.listener" in errors[0].msg
    assert "'academy_module_completed'" in errors[0].hint


def test_a_listener_that_cannot_take_learnings_arguments_fails_the_check():
    with hooks.register_temporarily(MODULE_COMPLETED, listener_without_completion):
        errors = learning_hooks_check()

    assert ids(errors) == ["academy.E003"]
    assert "fn(learner=, module=, completion=)" in errors[0].msg


def test_a_panel_that_cannot_take_the_request_fails_the_check():
    with hooks.register_temporarily(DASHBOARD_PANELS, lambda: None):
        assert ids(learning_hooks_check()) == ["academy.E003"]


def test_pathway_awards_missing_from_the_listeners_fails_the_check():
    without = [
        (fn, order)
        for fn, order in hooks._hooks[MODULE_COMPLETED]
        if fn is not pathway_awards_check
    ]
    with mock.patch.dict(hooks._hooks, {MODULE_COMPLETED: without}):
        assert ids(pathway_awards_listen_check()) == ["academy.E004"]


def test_manage_py_check_stops_on_a_mistyped_listener():
    with (
        hooks.register_temporarily("academy_modul_completed", listener),
        pytest.raises(SystemCheckError, match="academy.E002"),
    ):
        call_command("check")


def test_asking_for_a_hook_learning_does_not_call_is_an_error():
    with pytest.raises(KeyError, match="academy_module_complted"):
        listeners("academy_module_complted")
