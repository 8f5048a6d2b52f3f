#!/usr/bin/env bash
# Serves dist/ (or another built site) with Debian's nginx and deploy/nginx/changyue.conf,
# unchanged, on a loopback port, in the foreground (the end-to-end tests start it; Ctrl+C stops
# it). Usage: nginx-test.sh [port] [root]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8081}"
root="$(realpath "${2:-dist}")"
run="$PWD/target/nginx-$port"
mkdir -p "$run/temp"
# changyue.conf includes changyue/security-headers.conf relative to the main file's directory.
ln -sfn "$PWD/deploy/nginx" "$run/changyue"
cat > "$run/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $run/temp/body;
    proxy_temp_path $run/temp/proxy;
    fastcgi_temp_path $run/temp/fastcgi;
    uwsgi_temp_path $run/temp/uwsgi;
    scgi_temp_path $run/temp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        include changyue/changyue.conf;
    }
}
CONF
exec /usr/sbin/nginx -e "$run/error.log" -p "$run" -c "$run/nginx.conf"
