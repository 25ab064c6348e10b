#!/usr/bin/env bash
# The portal's two commands (see README.md):
#   ./portal.sh run    build, start MariaDB (embedded unless THIDUA_DB_URL is set) and WildFly,
#                      deploy the EAR, load the demo data on the first start; Ctrl-C stops all
#   ./portal.sh test   every test: unit tests, Arquillian integration tests in the provisioned
#                      WildFly against MariaDB, browser tests in headless Chromium
#   ./portal.sh bench [voters]   the vote benchmark against the portal that "run" started
#                      (in another terminal); prints throughput, latency and the insert ratio
#   ./portal.sh audit-verify   verifies the audit trail's hash chain in the database
#                      (THIDUA_DB_URL/_USER/_PASSWORD, default the run command's); exit 1 if broken
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
MVN=(mvn -B -ntp)

ensure_browser() {
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
        return
    fi
    echo "Installing Debian's chromium and chromium-driver for the browser tests..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}

wait_for_port() { # host port seconds
    local i
    for ((i = 0; i < $3; i++)); do
        if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
        sleep 1
    done
    return 1
}

run_portal() {
    local http_port=${THIDUA_HTTP_PORT:-8080}
    local run_dir="$ROOT/run"
    mkdir -p "$run_dir"
    echo "Building the portal and provisioning WildFly (first run: several minutes for downloads)..."
    "${MVN[@]}" -q -DskipTests install

    local db_pid="" server_pid=""
    stop_all() {
        trap - INT TERM EXIT
        echo "Stopping..."
        [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
        [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
        echo "Stopped."
    }
    trap stop_all INT TERM EXIT

    if [ -z "${THIDUA_DB_URL:-}" ]; then
        echo "Starting the embedded MariaDB on 127.0.0.1:3307 (data in $run_dir/db)..."
        "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.EmbeddedMariaDb \
            -Dexec.classpathScope=test -Dexec.args="3307 $run_dir/db $run_dir/db-base" \
            > "$run_dir/mariadb.log" 2>&1 &
        db_pid=$!
        wait_for_port 127.0.0.1 3307 120 || { echo "MariaDB did not start; see $run_dir/mariadb.log"; exit 1; }
        sleep 2
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
            || { echo "config/oidc.cli failed; see $run_dir/oidc-cli.log"; exit 1; }
        # oidc.cli removed the demo realm; its accounts' files go too
        rm -f "$run_dir/server/standalone/configuration/thidua-users.properties" \
            "$run_dir/server/standalone/configuration/thidua-roles.properties"
        login="sso"
    fi
    LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
        "$run_dir/server/bin/standalone.sh" -Djboss.bind.address="${THIDUA_BIND:-127.0.0.1}" \
        -Djboss.http.port="$http_port" -Dthidua.demo-data=true > "$run_dir/server.log" 2>&1 &
    server_pid=$!

    local url="http://localhost:$http_port/thidua/"
    for ((i = 0; i < 240; i++)); do
        if [ -f "$run_dir/server/standalone/deployments/thidua.ear.deployed" ]; then break; fi
        if [ -f "$run_dir/server/standalone/deployments/thidua.ear.failed" ]; then
            echo "Deployment failed; see $run_dir/server.log"; exit 1
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "WildFly stopped; see $run_dir/server.log"; exit 1; }
        sleep 1
    done
    if [ "$login" = "sso" ]; then
        cat <<BANNER

  Cổng thông tin khối thi đua is running: $url
  Login: single sign-on through $THIDUA_SSO_PROVIDER_URL (client ${THIDUA_SSO_CLIENT_ID:-?})
  Server log: $run_dir/server.log     Press Ctrl-C to stop.

BANNER
        wait "$server_pid"
        return
    fi
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
    wait "$server_pid"
}

run_tests() {
    ensure_browser
    "${MVN[@]}" clean verify
}

run_bench() {
    local url="http://localhost:${THIDUA_HTTP_PORT:-8080}/thidua"
    if ! wait_for_port 127.0.0.1 "${THIDUA_HTTP_PORT:-8080}" 1 || [ ! -d "$ROOT/run/server" ]; then
        echo "Start the portal first (./portal.sh run in another terminal), then run the benchmark." >&2
        exit 1
    fi
    local db="${THIDUA_DB_URL:-jdbc:mariadb://127.0.0.1:3307/thidua}"
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.VoteBenchmark -Dexec.classpathScope=test \
        -Dexec.args="$url $db $ROOT/run/server ${1:-1000} ${2:-10} ${3:-50}"
}

run_audit_verify() {
    # the class reads THIDUA_DB_URL, THIDUA_DB_USER and THIDUA_DB_PASSWORD itself (no password on a command line)
    "${MVN[@]}" -q -pl ear exec:java -Dexec.mainClass=vn.thidua.tools.AuditVerify -Dexec.classpathScope=test
}

case "${1:-}" in
    run) run_portal ;;
    test) run_tests ;;
    bench) shift; run_bench "$@" ;;
    audit-verify) run_audit_verify ;;
    *) echo "usage: $0 run|test|bench [voters]|audit-verify" >&2; exit 2 ;;
esac
