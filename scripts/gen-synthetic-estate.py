#!/usr/bin/env python3
"""Writes a synthetic estate of N config files in mixed formats (about 3 KB each, ~30 MB of file
content for 10,000), deterministically (seeded), for scripts/bench-scan. Hosts are drawn from a
fixed pool so the scan's merge step sees realistic repetition; with --distinct almost every
reference names a host of its own and files carry more references (replicas, brokers, search,
tracing: about 70,000 distinct endpoints for 10,000 files, issue 11's shape of a large estate where
most hosts are unique); --distinct-sparse is the earlier distinct shape (unique hosts, the default
estate's references: about 37,000 endpoints). Every file opens with a licence header, as in most
production repositories; its URL is prose and must not become an endpoint.

Usage: gen-synthetic-estate.py OUT [COUNT] [--distinct | --distinct-sparse]"""
import os
import random
import sys

def main():
    flags = {"--distinct", "--distinct-sparse"}
    args = [a for a in sys.argv[1:] if a not in flags]
    sparse = "--distinct-sparse" in sys.argv[1:]
    distinct = sparse or "--distinct" in sys.argv[1:]
    # Extra references only in the dense distinct shape, so the other two estates stay byte for byte
    # what they were (their random draws are unchanged).
    dense = distinct and not sparse
    out = args[0]
    count = int(args[1]) if len(args) > 1 else 10000
    rnd = random.Random(20261122)
    pool = [f"svc{i}.{rnd.choice(['osl','sto','fra','dub','iad'])}.example.no" for i in range(400)]
    fresh = iter(range(10**9))

    class Hosts:
        """The pool, or with --distinct a new name each time one is drawn."""
        def __getitem__(self, i):
            return f"h{next(fresh)}.{rnd.choice(['osl','sto','fra','dub','iad'])}.example.no" if distinct else pool[i]
        def __len__(self):
            return len(pool)

    hosts = Hosts()
    kinds = [("postgres", 5432), ("mysql", 3306), ("redis", 6379), ("mongodb", 27017), ("amqp", 5672)]

    def url():
        k, p = rnd.choice(kinds)
        return f"{k}://app:secret@{rnd.choice(hosts)}:{p}/db{rnd.randint(1, 9)}"

    def filler(prefix, n):
        return "".join(f"{prefix} setting_{i} = value-{rnd.randint(0, 99999)} some padding text here\n" for i in range(n))

    def k8s_extra():
        return (f"            - name: REPLICA_DATABASE_URL\n              value: \"{url()}\"\n"
                f"            - name: SEARCH_URL\n              value: \"https://{rnd.choice(hosts)}:9200\"\n"
                f"            - name: OTEL_EXPORTER_OTLP_ENDPOINT\n              value: \"http://{rnd.choice(hosts)}:4317\"\n"
                f"            - name: SESSION_REDIS_URL\n              value: \"redis://{rnd.choice(hosts)}:6379/0\"\n"
                f"            - name: AUDIT_DATABASE_URL\n              value: \"{url()}\"\n")

    def k8s(i):
        env = "".join(f"            - name: VAR_{j}\n              value: \"{rnd.randint(0, 1 << 30)}\"\n" for j in range(40))
        return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-{i}
  labels: {{app: svc-{i}}}
spec:
  replicas: 3
  selector:
    matchLabels: {{app: svc-{i}}}
  template:
    metadata:
      labels: {{app: svc-{i}}}
    spec:
      containers:
        - name: app
          image: registry.example.no/svc-{i}:1.{i}
          env:
            - name: DATABASE_URL
              value: "{url()}"
            - name: CACHE_HOST
              value: {rnd.choice(hosts)}
{k8s_extra() if dense else ""}{env}---
apiVersion: v1
kind: Service
metadata:
  name: svc-{i}
spec:
  selector: {{app: svc-{i}}}
  ports: [{{port: 80, targetPort: 8080}}]
"""

    def nginx(i):
        second = (lambda: f"    server {rnd.choice(hosts)}:8080 backup;\n") if dense else (lambda: "")
        ups = "".join(f"upstream up_{i}_{j} {{\n    server {rnd.choice(hosts)}:8080 max_fails=3;\n{second()}    keepalive 16;\n}}\n" for j in range(5))
        locs = "".join(f"    location /v{j}/ {{\n        proxy_pass http://up_{i}_{j};\n        proxy_http_version 1.1;\n        proxy_set_header Connection \"\";\n        proxy_set_header Host $host;\n    }}\n" for j in range(5))
        return f"{ups}server {{\n    listen 443 ssl;\n    server_name api{i}.example.no;\n{locs}}}\n" + "# " + "x" * 1200 + "\n"

    def dotenv(i):
        extra = (f"REPLICA_DATABASE_URL={url()}\nAMQP_URL=amqp://app:secret@{rnd.choice(hosts)}:5672/vhost\n"
                 f"ELASTICSEARCH_URL=https://{rnd.choice(hosts)}:9200\nMONGODB_URI=mongodb://{rnd.choice(hosts)}:27017/app\n"
                 f"SENTRY_DSN=https://key@{rnd.choice(hosts)}/42\n") if dense else ""
        return f"DATABASE_URL={url()}\nREDIS_HOST={rnd.choice(hosts)}\nREDIS_PORT=6379\n" + extra + filler("#", 40)

    def props(i):
        extra = (f"spring.data.redis.host={rnd.choice(hosts)}\nspring.rabbitmq.host={rnd.choice(hosts)}\n"
                 f"spring.elasticsearch.uris=https://{rnd.choice(hosts)}:9200\n"
                 f"management.otlp.tracing.endpoint=http://{rnd.choice(hosts)}:4318/v1/traces\n") if dense else ""
        return f"spring.datasource.url=jdbc:postgresql://{rnd.choice(hosts)}:5432/app\nbootstrap.servers={rnd.choice(hosts)}:9092,{rnd.choice(hosts)}:9092\n" + extra + "".join(f"app.feature.flag{j}=true\n" for j in range(120))

    def compose(i):
        svcs = "".join(f"  worker{j}:\n    image: example/worker:{j}\n    environment:\n      - DATABASE_URL={url()}\n      - MODE=batch\n    depends_on: [db]\n" for j in range(12))
        return f"services:\n  db:\n    image: postgres:16\n{svcs}"

    def java(i):
        body = "".join(f"    private int field{j} = {j}; // padding\n" for j in range(90))
        extra = (f"    static final String REPLICA_URL = \"{url()}\";\n    static final String CACHE_URL = \"redis://{rnd.choice(hosts)}:6379\";\n"
                 f"    static final String SEARCH_URL = \"https://{rnd.choice(hosts)}:9200/index\";\n") if dense else ""
        return f"package no.example;\n\npublic class Repo{i} {{\n    static final String URL = \"{url()}\";\n{extra}{body}}}\n"

    def terraform(i):
        return f'provider "aws" {{\n  region = "eu-north-1"\n}}\n\nresource "aws_db_instance" "db{i}" {{\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n}}\n' + "".join(f'variable "v{j}" {{\n  default = "{j}"\n}}\n' for j in range(60))

    def header(comment):
        lines = ["Copyright 2026 Nordic Shop AS. Licensed under the Apache License, Version 2.0 (the \"License\");",
                 "you may not use this file except in compliance with the License. You may obtain a copy of the",
                 "License at https://www.apache.org/licenses/LICENSE-2.0 . Unless required by applicable law or",
                 "agreed to in writing, software distributed under the License is distributed on an \"AS IS\" BASIS."]
        return "".join(f"{comment} {line}\n" for line in lines)

    gens = [("k8s/{}/deploy.yaml", k8s), ("gateway/conf.d/{}.conf", nginx), ("services/{}/.env", dotenv),
            ("services/{}/src/main/resources/application.properties", props), ("compose/{}/docker-compose.yml", compose),
            ("services/{}/src/Repo.java", java), ("terraform/{}/main.tf", terraform)]
    total = 0
    for i in range(count):
        pattern, gen = gens[i % len(gens)]
        path = os.path.join(out, pattern.format(i))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = header("//" if path.endswith(".java") else "#") + gen(i)
        with open(path, "w") as f:
            f.write(text)
        total += len(text)
    print(f"wrote {count} files, {total / 1e6:.1f} MB under {out}", file=sys.stderr)

if __name__ == "__main__":
    main()
