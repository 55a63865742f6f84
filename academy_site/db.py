"""The PostgreSQL cursor the site's connections use (settings: OPTIONS["cursor_factory"]).

Parameters are bound by the server, so PostgreSQL can keep the statements a page runs prepared
(settings: `server_side_binding`, `prepare_threshold`). Its protocol carries at most 65,535
parameters a statement, which client-side binding never had to respect: an `__in` of a nation's
governors, or a large `bulk_create`, has more. Such a statement is bound here in the client,
exactly as Django's default cursor would, and sent as text.
"""

import psycopg
from django.db.backends.postgresql import base

MAX_SERVER_PARAMETERS = 65_535


class ServerBindingCursor(base.ServerBindingCursor):
    """Django's server-binding cursor, binding in the client past the protocol's limit."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        if params is not None and len(params) > MAX_SERVER_PARAMETERS:
            query = psycopg.ClientCursor(self.connection).mogrify(query, params)
            return super().execute(query, prepare=False, binary=binary)
        return super().execute(query, params, prepare=prepare, binary=binary)
