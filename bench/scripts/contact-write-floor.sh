#!/usr/bin/env bash
# The floor of the database for the import target of issue 3 (>= 100 000 contacts/s): how fast the database engine
# alone stores the contacts of the demo file with the indexes the product keeps on `contact`, with no application code
# in the way (no parsing, mapping, checking, fingerprinting or fact refresh).
#
# It imports the file once with the product (so the table and its rows are the product's own), then runs
# ContactWriteFloor (bench/): the rows read into memory, then written again into an empty table of the same columns
# with 0..4 of the product's indexes, in batched prepared INSERTs with a commit every 5 000 rows, ROUNDS times each.
# On PostgreSQL it also times a COPY of the same rows from a file (what the import uses there) for each index set.
#
# Usage (from the project root; server and bench jars built: ./mvnw -q -pl server,bench -am package -DskipTests):
#   bash bench/scripts/contact-write-floor.sh h2 [WEEKS] [ROUNDS]
#   PGDB=… PGUSER=… PGPASSWORD=… bash bench/scripts/contact-write-floor.sh postgres [WEEKS] [ROUNDS]
#     (an empty database on 127.0.0.1:5432; its public schema is dropped)
set -euo pipefail
target=${1:?h2 or postgres}
weeks=${2:-8}
rounds=${3:-3}
java=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -jar server/target/switchboard.jar generate-demo --weeks "$weeks" --out "$work/demo" > /dev/null
import=("$java" -jar server/target/switchboard.jar import "$work/demo/contacts.csv" --format csv --policy quarantine
        --mapping server/src/main/resources/mapping/demo-contacts.json --source floor)
floor=("$java" -cp bench/target/benchmarks.jar org.switchboard.bench.interactions.ContactWriteFloor)

if [ "$target" = h2 ]; then
    "${import[@]}" --data "$work/data" 2>&1 | grep -a 'records/s' | tr '\r' '\n' | tail -1
    "${floor[@]}" "jdbc:h2:file:$work/data/switchboard" sa "" "$rounds"
else
    url="jdbc:postgresql://127.0.0.1:5432/${PGDB:?}"
    psql=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -d "$PGDB" -U "${PGUSER:?}")
    "${psql[@]}" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" > /dev/null 2>&1
    SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:?}" \
        "${import[@]}" --data "$work/data" 2>&1 | grep -a 'records/s' | tr '\r' '\n' | tail -1
    "${floor[@]}" "$url" "$PGUSER" "$PGPASSWORD" "$rounds"
    "${psql[@]}" -c "\copy contact TO '$work/contact.txt'"
    indexes=("" "ALTER TABLE contact_floor ADD PRIMARY KEY (id);"
             "ALTER TABLE contact_floor ADD CONSTRAINT contact_floor_key UNIQUE (source_id, source, queue);"
             "CREATE INDEX contact_floor_arrival ON contact_floor (arrived_at);"
             "CREATE INDEX contact_floor_customer ON contact_floor (customer_hash);")
    ddl="DROP TABLE IF EXISTS contact_floor; CREATE TABLE contact_floor AS SELECT * FROM contact WHERE 1 = 0; ALTER TABLE contact_floor ALTER COLUMN id SET NOT NULL;"
    for k in 0 1 2 3 4; do
        ddl="$ddl ${indexes[$k]}"
        for round in $(seq "$rounds"); do
            "${psql[@]}" -c "$ddl" > /dev/null 2>&1
            # the server process's own CPU time (clock ticks of /proc/PID/stat, utime + stime) around the COPY
            result=$("${psql[@]}" -t -A <<SQL
SELECT pg_backend_pid() AS pid \\gset
\\setenv BACKEND :pid
\\! awk '{print \$14 + \$15}' /proc/\$BACKEND/stat
SELECT extract(epoch FROM clock_timestamp()) AS started \\gset
\\copy contact_floor FROM '$work/contact.txt'
SELECT round(1000 * (extract(epoch FROM clock_timestamp()) - :started)) AS ms;
\\! awk '{print \$14 + \$15}' /proc/\$BACKEND/stat
SQL
)
            read -r before ms after <<< "$(echo $result)"
            rows=$(wc -l < "$work/contact.txt")
            cpu=$(( (after - before) * 10 ))
            echo "COPY, $k of the 4 indexes, round $round: $ms ms = $(( rows * 1000 / ms )) rows/s; server CPU $cpu ms = $(( cpu * 1000 / rows )) µs per row"
        done
    done
    "${psql[@]}" -c "DROP TABLE contact_floor"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
