#!/usr/bin/env bash
# Applies a configuration script of this folder to a stopped WildFly, without connecting to
# it (embedded CLI):   config/apply-cli.sh <wildfly-dir> <script.cli> [server-config-file]
# e.g. single sign-on: config/apply-cli.sh /opt/thidua/server config/oidc.cli
# The script's ${env.*} expressions are stored as they are and read when the server starts.
set -euo pipefail
server_dir=${1:?wildfly directory}
script=${2:?CLI script}
config=${3:-standalone.xml}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
    echo "embed-server --std-out=discard --server-config=$config"
    cat "$script"
    echo "stop-embedded-server"
} > "$tmp"
JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true" "$server_dir/bin/jboss-cli.sh" --file="$tmp"
