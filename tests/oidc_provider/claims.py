from oauth2_provider.oauth2_validators import OAuth2Validator

from . import VERIFIED_GROUP


class ClaimsValidator(OAuth2Validator):
    """Puts the user's name and address, and whether the address is verified, in the ID token
    and the userinfo answer, as Entra ID, Google and a trust's own provider would."""

    def get_additional_claims(self, request):
        user = request.user
        return {
            "name": user.get_full_name(),
            "given_name": user.first_name,
            "family_name": user.last_name,
            "preferred_username": user.username,
            "email": user.email,
            "email_verified": user.groups.filter(name=VERIFIED_GROUP).exists(),
        }
