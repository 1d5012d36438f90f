#!/usr/bin/env bash
# A certificate authority of the tests' own and a server certificate it signed, as a company's
# CA would issue one: the HTTPS tests' Chromium trusts the CA (in its own NSS database) rather than
# being told to ignore certificate errors. Usage: test-ca.sh OUT_DIR PASSWORD NAME...
# (DNS names or IP addresses the certificate is for). Writes ca.pem, server.p12 and nssdb/.
set -euo pipefail
out=$1 password=$2
shift 2
mkdir -p "$out"
cd "$out"
[ -f server.p12 ] && exit 0
san=""
for name in "$@"; do
  if [[ $name =~ ^[0-9.]+$ ]]; then san="$san,IP:$name"; else san="$san,DNS:$name"; fi
done
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Callisto test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "${san#,}" > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
  -extfile server.ext -out server.pem 2>/dev/null
openssl pkcs12 -export -in server.pem -inkey server.key -certfile ca.pem -name server \
  -passout "pass:$password" -out server.p12
# Chromium on Linux trusts what its NSS database ($HOME/.pki/nssdb) says: the tests' CA.
mkdir -p nssdb
certutil -N -d sql:nssdb --empty-password
certutil -A -d sql:nssdb -n "Callisto test CA" -t "C,," -i ca.pem
