#!/usr/bin/env bash
# Configures the WildFly that the build unpacked: JDBC driver modules, demo users of the file realm,
# heap limit, then every CLI script in cli/ in name order inside one offline embedded server.
# Safe to run again on a configured server: each step checks before it changes anything.
set -euo pipefail
WILDFLY_HOME="$1" CLI_DIR="$2" REALM_DIR="$3" DRIVERS_DIR="$4"

install_module() { # name jar-glob
  local name="$1" jar dir
  jar=$(ls "$DRIVERS_DIR"/$2 | head -1)
  dir="$WILDFLY_HOME/modules/${name//.//}/main"
  [ -f "$dir/module.xml" ] && return 0
  mkdir -p "$dir" && cp "$jar" "$dir/"
  cat > "$dir/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="$name">
  <resources><resource-root path="$(basename "$jar")"/></resources>
  <dependencies><module name="java.sql"/><module name="java.naming"/><module name="java.management"/><module name="java.logging"/><module name="jakarta.transaction.api"/></dependencies>
</module>
XML
}
install_module org.postgresql 'postgresql-*.jar'
install_module com.oracle.ojdbc 'ojdbc11-*.jar'

# Demo users of the file realm (ApplicationRealm); Keycloak replaces them in production.
cp "$REALM_DIR"/application-users.properties "$REALM_DIR"/application-roles.properties \
   "$WILDFLY_HOME/standalone/configuration/"

# The brief caps the server at 1 GiB of heap.
sed -i 's/-Xmx[0-9]*[mg]\b/-Xmx1g/' "$WILDFLY_HOME/bin/standalone.conf"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  cat "$CLI_DIR"/*.cli
  echo "stop-embedded-server"
} > "$script"
"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$script"

# The single sign-on variant: the same configuration plus cli-sso/, chosen at start time
# (run.sh with CALLISTO_OIDC_URL), so switching to Keycloak needs no rebuild.
CONFIG="$WILDFLY_HOME/standalone/configuration"
cp "$CONFIG/standalone-full.xml" "$CONFIG/standalone-oidc.xml"
{
  echo "embed-server --server-config=standalone-oidc.xml --std-out=discard"
  cat "$CLI_DIR"/../cli-sso/*.cli
  echo "stop-embedded-server"
} > "$script"
"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$script"
echo "Configured $WILDFLY_HOME"
