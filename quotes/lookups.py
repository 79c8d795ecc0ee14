"""`id__any=[...]`: membership in a list as one parameter on PostgreSQL.

`id__in` sends one placeholder per value; for the thousand ids of a facet sample,
binding and parsing them costs more than the query. PostgreSQL takes the list as
one array (`= ANY(%s)`); other databases fall back to IN.

Integers go as the text of an array ('{1,2,3}') cast to the column's type: psycopg
dumps a list value by value in Python, far slower (bench/README.md, "Speed tricks in
the code"). The ORM also walks a list or tuple value by value before the lookup sees it
(looking for expressions); a frozenset is passed on untouched."""

from django.db.models import Field, ForeignObject, Lookup
from django.db.models.lookups import In


def int_array(values) -> str:
    """The text of a PostgreSQL array of integers: what `id__any` sends for them."""
    return "{" + ",".join(map(str, values)) + "}"


@Field.register_lookup
class Any(Lookup):
    lookup_name = "any"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        values = list(self.rhs)
        if connection.vendor != "postgresql":
            return In(self.lhs, values).as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if set(map(type, values)) <= {int}:  # every one an int (set and map: in C)
            array = int_array(values)
            db_type = self.lhs.output_field.cast_db_type(connection)
            return f"{lhs} = ANY(%s::{db_type}[])", (*lhs_params, array)
        return f"{lhs} = ANY(%s)", (*lhs_params, values)


# A foreign key takes only the lookups registered on it: `quote_id__any` as well.
ForeignObject.register_lookup(Any)
