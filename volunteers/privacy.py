"""The personal data this app holds, declared for the privacy app.

None yet: volunteers owns only the scoring. The business volunteers' records
(governors.BusinessVolunteer) still live in governors with their table; see the README for why
they have not moved.
"""

DECLARATIONS: list = []
