"""`id__any=[...]`: membership in a list as one parameter on PostgreSQL.

`id__in` sends one placeholder per value; for the thousand ids of a facet sample,
binding and parsing them costs more than the query. PostgreSQL takes the list as
one array (`= ANY(%s)`); other databases fall back to IN."""

from django.db.models import Field, Lookup
from django.db.models.lookups import In


@Field.register_lookup
class Any(Lookup):
    lookup_name = "any"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        if connection.vendor != "postgresql":
            return In(self.lhs, list(self.rhs)).as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*lhs_params, list(self.rhs))
