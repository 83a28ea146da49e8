namespace Platform.Domain.Persistence.Migrations;

/// <summary>DDL of the customer search indexes, kept as plain SQL so reviewers read exactly what runs.</summary>
internal static class CustomerSearchIndexesSql
{
    public const string Up = """
    -- Customer search: customers(filter: { namePrefix | phoneSuffix | idNumberSuffix }). Runs as platform_owner.
    --
    -- Why not LIKE with a text_pattern_ops or trigram index: the API reads customers as platform_app under forced
    -- row-level security, and PostgreSQL uses a condition as an index condition there only if its functions are
    -- leakproof. textlike (LIKE) is not, and neither is reverse(); such conditions are evaluated as filters after the
    -- tenant policy, on every row of the tenant. Comparison operators on text are leakproof, so the API searches with
    -- ranges in the "C" collation instead (byte order, which for UTF-8 is code point order): the names starting with p
    -- are exactly p <= name < next(p) (Platform.Domain.Customers.CustomerSearch). tenant_id leads every index, so the
    -- policy's tenant_id = ... and the range form one index condition.

    -- Name prefix: the name column takes the "C" collation, so its index (tenant_id, name, id), rebuilt by this
    -- statement, serves the prefix range and the list's name order in one ordered scan. A separate prefix index would
    -- not: for a common prefix (a surname such as 王, a tenth of all customers) the planner walks the name order and
    -- filters, misjudging how far it must go, or else sorts the whole tenth. The order of names does not change on the
    -- platform's databases: their collation C.UTF-8 (glibc, Debian 12) already orders by code point, as "C" does; on a
    -- server with a linguistic default collation names now sort by code point there too. Same type: the table is not
    -- rewritten, only the index is rebuilt.
    ALTER TABLE customers ALTER COLUMN name TYPE text COLLATE "C";

    -- Suffixes are prefixes of the reversed text. Stored generated columns make the reversed text a plain column, so
    -- no non-leakproof function stands between the column and the comparison. Adding them rewrites the table once
    -- (an ACCESS EXCLUSIVE lock for the duration; seconds for the 600,000 customers of the large seed).
    ALTER TABLE customers
      ADD COLUMN phone_reversed text COLLATE "C" GENERATED ALWAYS AS (reverse(phone)) STORED,
      ADD COLUMN id_number_reversed text COLLATE "C" GENERATED ALWAYS AS (reverse(id_number)) STORED;
    CREATE INDEX ix_customers_phone_suffix ON customers (tenant_id, phone_reversed);
    CREATE INDEX ix_customers_id_number_suffix ON customers (tenant_id, id_number_reversed);

    -- The rewrite drops the table's statistics, and autovacuum does not analyse a table that saw no writes since:
    -- without statistics the planner picks the name-order scan for a phone suffix and filters the whole tenant.
    ANALYZE customers;
    """;
}
