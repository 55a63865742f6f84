"""A real OpenID Connect provider (django-oauth-toolkit) that the single sign-on tests sign in
through: its own Django project, started as a separate process on a loopback port."""

CLIENT_ID = "academy-tests"
CLIENT_SECRET = "academy-tests-client-secret"
PASSWORD = "provider-password"
# Username -> (e-mail, given name, family name, whether the provider says it verified the address).
USERS = {
    "ada": ("ada.lovelace@nene-trust.example", "Ada", "Lovelace", True),
    "una": ("una.verified-not@nene-trust.example", "Una", "Unverified", False),
}
VERIFIED_GROUP = "email-verified"
CALLBACK_PATH = "/account/oidc/{provider_id}/login/callback/"
