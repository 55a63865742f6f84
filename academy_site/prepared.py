"""Querysets built and compiled once per process, then run with new values.

Django builds a queryset and compiles its SQL every time it is evaluated. For the few queries
every page makes (the person's roles, routing, a learner's completions) that work is most of
their cost: the SQL itself runs in well under a millisecond, the compiling takes one to five.
A `PreparedQuery` builds its queryset once, with stand-in values for what changes between
calls (a person's id, today's date), compiles it, notes where each stand-in sits among the
parameters, and from then on runs the same SQL with the real values in their places.

    ROLES = PreparedQuery(lambda person, today: Thing.objects.filter(...).values_list(...),
                          person=int, today=date)
    rows = ROLES.rows(person=user.pk, today=timezone.localdate())

What the build may not do is read anything that changes by itself: a build that calls
`timezone.now()` or reads a setting would freeze that value. A date or time among the compiled
parameters that is not a stand-in is refused when the query is first compiled, which catches
the usual mistake. Only querysets that end in `values_list()` are supported (rows as tuples, or values with
`flat=True`): they are what hot paths need; model instances would need Django's iterables.
The query still goes through the connection's cursor, so query counts and logging see it.
"""

import re
import threading
from datetime import UTC, date, datetime, timedelta

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.query import FlatValuesListIterable, ValuesListIterable

# Stand-ins no real value is: negative ids, dates in 1901.
_STAND_IN_BASE = {
    int: lambda n: -(10**12) - n,
    date: lambda n: date(1901, 2, 3) + timedelta(days=n),
    datetime: lambda n: datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC) + timedelta(seconds=n),
    str: lambda n: f"\x1eprepared-stand-in-{n}\x1e",
}


# SQLite receives dates and times as text.
_LOOKS_LIKE_A_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _adapter(connection, kind):
    ops = connection.ops
    if kind is datetime:
        return ops.adapt_datetimefield_value
    if kind is date:
        return ops.adapt_datefield_value
    return lambda value: value


def _same(param, stand_in) -> bool:
    # True == 1 in Python: a boolean parameter must never be taken for an integer stand-in.
    return type(param) is type(stand_in) and param == stand_in


class _Compiled:
    def __init__(self, compiler, sql, params, slots, flat):
        self.compiler = compiler
        self.sql = sql
        self.params = params
        self.slots = slots  # (index among params, name, adapt or None)
        self.flat = flat


class PreparedQuery:
    def __init__(self, build, **kinds):
        unknown = [name for name, kind in kinds.items() if kind not in _STAND_IN_BASE]
        if unknown:
            raise ImproperlyConfigured(f"PreparedQuery: no stand-in for {unknown}")
        self._build = build
        self._kinds = kinds
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()

    def _compile(self, using: str) -> _Compiled:
        connection = connections[using]
        stand_ins = {
            name: _STAND_IN_BASE[kind](number)
            for number, (name, kind) in enumerate(self._kinds.items())
        }
        queryset = self._build(**stand_ins)
        flat = queryset._iterable_class is FlatValuesListIterable
        if not flat and queryset._iterable_class is not ValuesListIterable:
            raise ImproperlyConfigured("PreparedQuery: end the queryset in values_list()")
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        adapted = {
            name: (_adapter(connection, self._kinds[name]), value)
            for name, value in stand_ins.items()
        }
        slots, found = [], set()
        for index, param in enumerate(params):
            for name, (adapt, value) in adapted.items():
                if _same(param, adapt(value)) or _same(param, value):
                    slots.append((index, name, adapt if not _same(param, value) else None))
                    found.add(name)
                    break
            else:
                if isinstance(param, date | datetime) or (
                    isinstance(param, str) and _LOOKS_LIKE_A_DATE.match(param)
                ):
                    raise ImproperlyConfigured(
                        f"PreparedQuery: the build put a date of its own ({param!r}) in the "
                        "query; pass it as a value instead"
                    )
        missing = set(stand_ins) - found
        if missing:
            raise ImproperlyConfigured(f"PreparedQuery: the query does not use {sorted(missing)}")
        return _Compiled(compiler, sql, tuple(params), slots, flat)

    def _compiled_for(self, using: str) -> _Compiled:
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(using)
                if compiled is None:
                    compiled = self._compiled[using] = self._compile(using)
        return compiled

    def rows(self, *, using: str = DEFAULT_DB_ALIAS, **values) -> list:
        """The rows, as the queryset's values_list() would give them."""
        if values.keys() != self._kinds.keys():
            raise TypeError(f"PreparedQuery needs exactly {sorted(self._kinds)}")
        compiled = self._compiled_for(using)
        params = list(compiled.params)
        for index, name, adapt in compiled.slots:
            value = values[name]
            params[index] = adapt(value) if adapt is not None else value
        with connections[using].cursor() as cursor:
            cursor.execute(compiled.sql, params)
            fetched = cursor.fetchall()
        # As ValuesListIterable does (Django selects the columns in the order values_list()
        # names them).
        rows = list(compiled.compiler.results_iter(results=[fetched], tuple_expected=True))
        return [row[0] for row in rows] if compiled.flat else rows


def field_attnames(model, *, leaving_out: tuple[str, ...] = ()) -> list[str]:
    """The attribute names of the model's columns in the model's own order (the order
    ``Model.from_db`` wants a row in), leaving out the fields named."""
    return [f.attname for f in model._meta.concrete_fields if f.name not in leaving_out]


def partial_instance(model, values: dict):
    """An instance of ``model`` from the values of some of its fields, by attribute name (as a
    prepared query's row gives them); the other fields are deferred, as with ``only()``."""
    names = [name for name in field_attnames(model) if name in values]
    return model.from_db(DEFAULT_DB_ALIAS, names, [values[name] for name in names])


class PreparedIn:
    """A PreparedQuery for each length of the list an ``__in`` lookup is given (SQL needs one
    placeholder a value): ``build(values, **named)`` with ``values`` a list of ``kind``, which
    the build filters on (an empty list gives no rows, without a query).
    Lists longer than ``longest`` are rare enough to be built and compiled each time."""

    def __init__(self, build, *, kind=int, longest: int = 64, **kinds):
        self._build = build
        self._kind = kind
        self._kinds = kinds
        self._longest = longest
        self._by_length: dict[int, PreparedQuery] = {}
        self._lock = threading.Lock()

    def rows(self, values, *, using: str = DEFAULT_DB_ALIAS, **named) -> list:
        values = list(values)
        if not values:  # an IN of nothing matches nothing (and Django would not compile it)
            return []
        if len(values) > self._longest:
            return list(self._build(values, **named).using(using))
        query = self._by_length.get(len(values))
        if query is None:
            names = [f"in_{number}" for number in range(len(values))]

            def build(**given):
                return self._build(
                    [given[name] for name in names],
                    **{name: given[name] for name in self._kinds},
                )

            with self._lock:
                query = self._by_length.setdefault(
                    len(values),
                    PreparedQuery(build, **dict.fromkeys(names, self._kind), **self._kinds),
                )
        return query.rows(
            using=using, **{f"in_{n}": value for n, value in enumerate(values)}, **named
        )
