from allauth.account.decorators import reauthentication_required
from wagtail import hooks


@reauthentication_required(allow_get=True)
def _recent_password(request):
    """Nothing to do: allauth's decorator asks for the password when it is not recent."""


@hooks.register("before_edit_user")
@hooks.register("before_delete_user")
def password_again_before_changing_a_user(request, user):
    """Changing another person's account in the Wagtail admin waits for the password again."""
    _recent_password(request)
