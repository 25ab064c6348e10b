#!/usr/bin/env bash
# Builds the Keycloak realm the portal needs, with kcadm.sh (Keycloak's admin command line, in
# the bin folder of every Keycloak distribution). README, "Single sign-on" > "Keycloak",
# explains each step; the Keycloak test (KeycloakIT) builds its realm by running this very
# script, so what the guide says is what is tested. Written for Keycloak 24 and later (tested
# with 26.5.6). Run it once, against a new realm: it stops at the first error (for example
# when the realm already exists) and says which step failed.
#
# Settings (environment variables):
#   KC_URL                 Keycloak's address, e.g. https://sso.example.gov.vn (required)
#   KC_ADMIN_USER          an administrator of Keycloak (default admin) ...
#   KC_ADMIN_REALM         ... of this realm (default master)
#   KC_CLI_PASSWORD        the administrator's password; asked for when unset
#   KCADM                  kcadm.sh (default $KEYCLOAK_HOME/bin/kcadm.sh, else kcadm.sh on the PATH)
#   THIDUA_REALM           the realm to create (default thidua)
#   THIDUA_PORTAL_URLS     the portal's addresses up to /thidua, separated by spaces; each gives
#                          the redirect URI <address>/* and the post-logout redirect URI
#                          <address>/* (default http://localhost:8080/thidua, ./portal.sh run's)
#   THIDUA_CLIENT_ID       the portal's client (default thidua-portal)
#   THIDUA_CLIENT_SECRET   its secret (default: Keycloak generates one; the script says how to read it)
#   THIDUA_UNIT_ATTRIBUTE  the user attribute and claim with the unit code (default ma_don_vi)
#   THIDUA_API_TEST_CLIENT when set, also a public client of that id for trying the API with a
#                          token (password and device grants; for tests and pilots only)
#   THIDUA_SAMPLE_PASSWORD when set, also two sample users with this password: lanhdaoban
#                          (Board leader, Trần Văn Hùng) and hlhpn (Women's Union, Nguyễn Thị Mai)
#   KCADM_CONFIG           where kcadm keeps its login (default a temporary file, removed at the end)
set -euo pipefail

: "${KC_URL:?set KC_URL to the address of Keycloak, e.g. https://sso.example.gov.vn}"
KC_ADMIN_USER=${KC_ADMIN_USER:-admin}
KC_ADMIN_REALM=${KC_ADMIN_REALM:-master}
REALM=${THIDUA_REALM:-thidua}
PORTAL_URLS=${THIDUA_PORTAL_URLS:-http://localhost:8080/thidua}
CLIENT_ID=${THIDUA_CLIENT_ID:-thidua-portal}
UNIT_ATTRIBUTE=${THIDUA_UNIT_ATTRIBUTE:-ma_don_vi}
if [ -z "${KCADM:-}" ]; then
    if [ -n "${KEYCLOAK_HOME:-}" ]; then KCADM="$KEYCLOAK_HOME/bin/kcadm.sh"; else KCADM=kcadm.sh; fi
fi
# Vietnamese names and group names pass through kcadm's arguments and files: UTF-8 throughout
case "$(locale charmap 2>/dev/null || true)" in
    UTF-8) ;;
    *) export LC_ALL=C.UTF-8 ;;
esac
export KC_OPTS="-Dfile.encoding=UTF-8 ${KC_OPTS:-}"

TEMP_CONFIG=""
if [ -z "${KCADM_CONFIG:-}" ]; then
    TEMP_CONFIG=$(mktemp)
    KCADM_CONFIG=$TEMP_CONFIG
fi
STEP="start"
finish() {
    local status=$?
    [ -z "$TEMP_CONFIG" ] || rm -f "$TEMP_CONFIG"
    if [ "$status" -ne 0 ]; then
        echo "realm-setup.sh: the step '$STEP' failed (exit $status); see kcadm's message above." >&2
    fi
}
trap finish EXIT
step() { STEP=$1; echo "== $1"; }
kc() { "$KCADM" "$@" --config "$KCADM_CONFIG"; }

# JSON list of "<address>/*" for the given addresses, and the same joined by "##" (Keycloak's
# separator for post-logout redirect URIs)
redirect_uris=""
post_logout_uris=""
first_url=""
for url in $PORTAL_URLS; do
    url=${url%/}
    first_url=${first_url:-$url}
    redirect_uris="${redirect_uris:+$redirect_uris, }\"$url/*\""
    post_logout_uris="${post_logout_uris:+$post_logout_uris##}$url/*"
done

step "1. Log in to Keycloak's admin API as $KC_ADMIN_USER ($KC_ADMIN_REALM realm) at $KC_URL"
kc config credentials --server "$KC_URL" --realm "$KC_ADMIN_REALM" --user "$KC_ADMIN_USER"

step "2. Realm $REALM (HTTPS required except from loopback and private addresses)"
kc create realms -s realm="$REALM" -s enabled=true -s "displayName=Thi đua - Khen thưởng" -s sslRequired=external

step "3. User profile: declare the attribute $UNIT_ATTRIBUTE (Keycloak 24+ drops undeclared attributes)"
# Keycloak's default user profile (username, email, first and last name) plus the unit code:
# only administrators may set it, users may see it.
kc update users/profile -r "$REALM" -f - <<JSON
{
  "attributes": [
    {"name": "username", "displayName": "\${username}",
     "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
     "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {}, "up-username-not-idn-homograph": {}}},
    {"name": "email", "displayName": "\${email}", "required": {"roles": ["user"]},
     "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
     "validations": {"email": {}, "length": {"max": 255}}},
    {"name": "firstName", "displayName": "\${firstName}", "required": {"roles": ["user"]},
     "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
     "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}}},
    {"name": "lastName", "displayName": "\${lastName}", "required": {"roles": ["user"]},
     "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
     "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}}},
    {"name": "$UNIT_ATTRIBUTE", "displayName": "Mã đơn vị (thi đua - khen thưởng)",
     "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
     "validations": {"length": {"max": 30}}}
  ],
  "groups": [
    {"name": "user-metadata", "displayHeader": "User metadata", "displayDescription": "Attributes, which refer to user metadata"}
  ]
}
JSON

step "4. Realm roles the portal maps (THIDUA_SSO_ROLE_MAP)"
kc create roles -r "$REALM" -s name=thidua-lanh-dao-ban -s "description=Lãnh đạo Ban Thi đua - Khen thưởng (board_leader)"
kc create roles -r "$REALM" -s name=thidua-chuyen-vien -s "description=Chuyên viên Ban Thi đua - Khen thưởng (board_specialist)"
kc create roles -r "$REALM" -s name=thidua-quan-tri -s "description=Quản trị cổng thông tin thi đua (administrator)"
kc create roles -r "$REALM" -s name=thidua-don-vi -s "description=Đại diện đơn vị thành viên khối thi đua (member_representative)"

step "5. Groups, each granting one role: people are put into groups"
for pair in "Lãnh đạo Ban TĐKT=thidua-lanh-dao-ban" "Chuyên viên Ban TĐKT=thidua-chuyen-vien" \
        "Quản trị cổng thi đua=thidua-quan-tri" "Đơn vị thành viên=thidua-don-vi"; do
    group=${pair%=*}
    group_id=$(kc create groups -r "$REALM" -s "name=$group" -i)
    kc add-roles -r "$REALM" --gid "$group_id" --rolename "${pair#*=}"
done

# Both clients' tokens carry the unit code and name the portal as their audience (the portal
# checks the audience of API tokens; Keycloak's access tokens have none by default).
MAPPERS=$(cat <<JSON
[
  {"name": "$UNIT_ATTRIBUTE", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
   "config": {"user.attribute": "$UNIT_ATTRIBUTE", "claim.name": "$UNIT_ATTRIBUTE", "jsonType.label": "String",
              "id.token.claim": "true", "access.token.claim": "true", "userinfo.token.claim": "true",
              "introspection.token.claim": "true"}},
  {"name": "audience $CLIENT_ID", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
   "config": {"included.client.audience": "$CLIENT_ID", "id.token.claim": "false", "access.token.claim": "true",
              "introspection.token.claim": "true"}}
]
JSON
)

step "6. The portal's confidential client $CLIENT_ID (login in the browser only), redirect URIs: $PORTAL_URLS"
secret_line=""
if [ -n "${THIDUA_CLIENT_SECRET:-}" ]; then
    secret_line="\"secret\": \"$THIDUA_CLIENT_SECRET\","
fi
kc create clients -r "$REALM" -f - <<JSON
{
  "clientId": "$CLIENT_ID",
  "name": "Cổng thông tin khối thi đua",
  "protocol": "openid-connect",
  "enabled": true,
  "publicClient": false,
  "clientAuthenticatorType": "client-secret",
  $secret_line
  "standardFlowEnabled": true,
  "directAccessGrantsEnabled": false,
  "implicitFlowEnabled": false,
  "serviceAccountsEnabled": false,
  "baseUrl": "$first_url/",
  "redirectUris": [$redirect_uris],
  "attributes": {"post.logout.redirect.uris": "$post_logout_uris"},
  "protocolMappers": $MAPPERS
}
JSON

if [ -n "${THIDUA_API_TEST_CLIENT:-}" ]; then
    step "7. Test client $THIDUA_API_TEST_CLIENT: tokens for trying the API (password and device grants; tests and pilots only)"
    kc create clients -r "$REALM" -f - <<JSON
{
  "clientId": "$THIDUA_API_TEST_CLIENT",
  "name": "Thử API cổng thi đua (chỉ dùng thử nghiệm)",
  "protocol": "openid-connect",
  "enabled": true,
  "publicClient": true,
  "standardFlowEnabled": false,
  "directAccessGrantsEnabled": true,
  "implicitFlowEnabled": false,
  "attributes": {"oauth2.device.authorization.grant.enabled": "true"},
  "protocolMappers": $MAPPERS
}
JSON
else
    step "7. (no test client: THIDUA_API_TEST_CLIENT is not set)"
fi

if [ -n "${THIDUA_SAMPLE_PASSWORD:-}" ]; then
    step "8. Sample users lanhdaoban (Board leader) and hlhpn (Women's Union, unit code HLHPN)"
    # Keycloak's lastName is the family name (with the middle name, or not), firstName the given name
    kc create users -r "$REALM" -f - <<JSON
{"username": "lanhdaoban", "enabled": true, "lastName": "Trần Văn", "firstName": "Hùng",
 "email": "lanhdaoban@thidua.test", "emailVerified": true,
 "groups": ["/Lãnh đạo Ban TĐKT"],
 "credentials": [{"type": "password", "value": "$THIDUA_SAMPLE_PASSWORD", "temporary": false}]}
JSON
    kc create users -r "$REALM" -f - <<JSON
{"username": "hlhpn", "enabled": true, "lastName": "Nguyễn", "firstName": "Thị Mai",
 "email": "hlhpn@thidua.test", "emailVerified": true,
 "attributes": {"$UNIT_ATTRIBUTE": ["HLHPN"]},
 "groups": ["/Đơn vị thành viên"],
 "credentials": [{"type": "password", "value": "$THIDUA_SAMPLE_PASSWORD", "temporary": false}]}
JSON
else
    step "8. (no sample users: THIDUA_SAMPLE_PASSWORD is not set)"
fi

STEP="done"
cat <<DONE

Realm $REALM is ready. The portal's settings (README, "Single sign-on"):
  export THIDUA_SSO_PROVIDER_URL=$KC_URL/realms/$REALM
  export THIDUA_SSO_CLIENT_ID=$CLIENT_ID THIDUA_SSO_CLIENT_SECRET='<the client secret>'
  export THIDUA_SSO_ROLES_CLAIM=realm_access.roles THIDUA_SSO_UNIT_CLAIM=$UNIT_ATTRIBUTE
  export THIDUA_SSO_ROLE_MAP='thidua-lanh-dao-ban=board_leader,thidua-chuyen-vien=board_specialist,thidua-quan-tri=administrator,thidua-don-vi=member_representative'
The client secret (Keycloak's admin console: Clients > $CLIENT_ID > Credentials), or:
  $KCADM get clients -r $REALM -q clientId=$CLIENT_ID --fields id   # then:
  $KCADM get clients/<id>/client-secret -r $REALM
DONE
