extension KubernetesScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "env values, configMapKeyRef across two files, envFrom a Secret, $(VAR), X_HOST + X_PORT",
            files: [
                (
                    "k8s/orders/deployment.yaml",
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: orders
                    spec:
                      template:
                        spec:
                          initContainers:
                            - name: migrate
                              args: ["--db=postgres://‸orders-db.osl.example.no:5432/orders"]
                          containers:
                            - name: app
                              env:
                                - name: DATABASE_URL
                                  valueFrom:
                                    configMapKeyRef:
                                      name: orders-config
                                      key: database-url
                                - name: REDIS_HOST
                                  value: "‸cache.fra.example.de"
                                - name: REDIS_PORT
                                  value: "6380"
                                - name: BROKER
                                  value: ‸kafka-0.sto.example.se
                                - name: KAFKA_URL
                                  value: kafka://$(BROKER):9092
                                - name: PAYMENTS_URL
                                  value: http://$(PAYMENTS_HOST):8080
                              envFrom:
                                - secretRef:
                                    name: orders-secret
                    """
                ),
                (
                    "k8s/orders/config.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: orders-config
                    data:
                      database-url: "postgres://orders:p@ss@‸orders-db.osl.example.no:5432/orders"
                      LOG_LEVEL: info
                    ---
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: orders-secret
                    stringData:
                      AMQP_URL: amqp://orders:s3cret@‸rabbit.osl.example.no:5672/orders
                    """
                ),
            ],
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("cache.fra.example.de", 6380, .redis),
                .at("kafka-0.sto.example.se", 9092, .kafka),
                .at("orders-db.osl.example.no", 5432, .postgres, path: "k8s/orders/config.yaml"),
                .at("rabbit.osl.example.no", 5672, .amqp, path: "k8s/orders/config.yaml"),
            ], unresolved: ["PAYMENTS_HOST"]),
        ScannerExample(
            "multi-document, --- inside block strings, anchors, kind: List, embedded properties",
            path: "deploy/all.yml",
            """
            # everything in one file
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: shared
            data:
              motd: |
                ---
                kind: Secret
                apiVersion: v1
              application.properties: |
                # embedded file
                spring.datasource.url=jdbc:mysql://‸mysql.osl.example.no:3306/shop
                spring.kafka.bootstrap-servers=‸k0.sto.example.se:9092,‸k1.sto.example.se:9092
            ---
            apiVersion: v1
            kind: List
            items:
              - apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: search
                spec:
                  template:
                    spec:
                      containers:
                        - name: es
                          env: &env
                            - name: ELASTICSEARCH_URL
                              value: http://‸es.fra.example.de:9200
              - apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: reindex
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - name: job
                              env: *env
            """,
            finds: [
                .at("mysql.osl.example.no", 3306, .mysql),
                .at("k0.sto.example.se", 9092, .kafka),
                .at("k1.sto.example.se", 9092, .kafka),
                .at("es.fra.example.de", 9200, .elasticsearch),
            ]),
        ScannerExample(
            "CRLF line ends, a BOM, an IPv6 literal, @ in a password", path: "k8s/cache.yaml",
            "\u{FEFF}apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: cache\r\ndata:\r\n"
                + "  CACHE_URL: \"redis://:p@ss:w@rd@cache.sto.example.se:6380/0\"\r\n"
                + "  DB_URL: postgres://app@[2001:db8::1]:5432/app\r\n",
            finds: [
                .init("cache.sto.example.se", 6380, .redis, line: 6, column: 34),
                .init("2001:db8::1", 5432, .postgres, line: 7, column: 27),
            ]),
        ScannerExample(
            "Secret base64 data: decoded, placed at the value", path: "k8s/secret.yaml",
            """
            apiVersion: v1
            kind: Secret
            metadata:
              name: mongo
            type: Opaque
            data:
              MONGO_URL: ‸bW9uZ29kYjovL3U6cEBtb25nby5mcmEuZXhhbXBsZS5kZToyNzAxNy9zaG9w
            """, finds: [.at("mongo.fra.example.de", 27017, .mongodb)]),
        ScannerExample(
            "ExternalName Service, Ingress backends, Istio ServiceEntry", path: "k8s/network.yaml",
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: users-db
            spec:
              type: ExternalName
              externalName: ‸users.cluster-abc.eu-north-1.rds.amazonaws.com
              ports:
                - port: 5432
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
            spec:
              rules:
                - host: shop.example.no
                  http:
                    paths:
                      - path: /api
                        backend:
                          service:
                            name: ‸api-gateway
                            port:
                              number: 8080
            ---
            apiVersion: networking.istio.io/v1beta1
            kind: ServiceEntry
            metadata:
              name: stripe
            spec:
              hosts:
                - ‸api.stripe.com
              ports:
                - number: 443
                  name: https
                  protocol: HTTPS
              resolution: DNS
            """,
            finds: [
                .at("users.cluster-abc.eu-north-1.rds.amazonaws.com", 5432, .postgres),
                .at("api-gateway", 8080, .http),
                .at("api.stripe.com", 443, .http),
            ]),
        ScannerExample(
            "kustomization: generator literals referenced by a workload, an inline patch placed in the file",
            files: [
                (
                    "overlays/prod/kustomization.yaml",
                    """
                    resources: [../../base]
                    configMapGenerator:
                      - name: orders-config
                        literals:
                          - DATABASE_URL=postgres://‸orders-db.osl.example.no:5432/orders
                    patches:
                      - target: {kind: Deployment, name: orders}
                        patch: |-
                          apiVersion: apps/v1
                          kind: Deployment
                          metadata:
                            name: orders
                          spec:
                            template:
                              spec:
                                containers:
                                  - name: app
                                    env:
                                      - name: OTEL_EXPORTER_OTLP_ENDPOINT
                                        value: "http://‸otel.monitoring:4317"
                                      - name: DATABASE_URL
                                        valueFrom:
                                          configMapKeyRef: {name: orders-config, key: DATABASE_URL}
                    """
                )
            ],
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("otel.monitoring", 4317, .http),
            ]),
        ScannerExample(
            "Helm template: actions neutralized in place, values read as YAML",
            path: "charts/shop/templates/deployment.yaml",
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "shop.fullname" . }}
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      env:
                        {{- if .Values.db.enabled }}
                        - name: DATABASE_URL
                          value: "postgres://shop@‸db.osl.example.no:5432/shop"
                        {{- end }}
                        - name: CACHE_HOST
                          value: {{ .Values.cache.host | quote }}
            """, finds: [.at("db.osl.example.no", 5432, .postgres)],
            unresolved: [".Values.cache.host"]),
        ScannerExample(
            "Helm template that is still not YAML: read as text", path: "helm/templates/configmap.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            data:
            {{ range $k, $v := .Values.env }}
              {{ $k }}: {{ $v | quote }}
            {{ end }}
              [unbalanced
              DATABASE_URL: postgres://‸helm-db.osl.example.no:5432/app
            """, finds: [.at("helm-db.osl.example.no", 5432, .postgres)]),
        ScannerExample(
            "YAML that is not a manifest goes to the text scanner; a broken manifest is a diagnostic",
            files: [
                (
                    ".github/workflows/ci.yml",
                    """
                    jobs:
                      test:
                        env:
                          DATABASE_URL: postgres://ci@‸ci-db.example.no:5432/test
                    """
                ),
                (
                    "k8s/broken.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    data:
                      DB_URL: "postgres://‸broken.example.no:5432/app
                    """
                ),
            ],
            finds: [
                .at("ci-db.example.no", 5432, .postgres),
                // Text fallback: what a broken file says is still reported, beside its diagnostic.
                .at("broken.example.no", 5432, .postgres, path: "k8s/broken.yaml"),
            ], diagnostics: 1),
        ScannerExample(
            "storage servers, Endpoints, VirtualService routes, an operator's resource, args URLs",
            path: "k8s/storage.yaml",
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: cephfs
            spec:
              containers:
                - name: minio
                  image: minio/minio
                  args:
                    - server
                    - http://‸minio-0.minio.default.svc.cluster.local/data
                  livenessProbe:
                    exec:
                      command: ["sh", "-c", "curl -fsS http://‸minio-1.minio:9000/minio/health/live"]
              volumes:
                - name: ceph
                  cephfs:
                    monitors:
                      - ‸10.16.154.78:6789
                - name: shared
                  nfs:
                    server: ‸nfs.osl.example.no
                    path: /exports
            ---
            apiVersion: v1
            kind: Endpoints
            metadata:
              name: legacy-db
            subsets:
              - addresses:
                  - ip: ‸10.20.4.11
                ports:
                  - port: 5432
            ---
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: google-apis
            spec:
              hosts: [www.googleapis.com]
              http:
                - route:
                    - destination:
                        host: ‸www.googleapis.com
                        port:
                          number: 443
            ---
            apiVersion: install.istio.io/v1alpha1
            kind: IstioOperator
            spec:
              values:
                global:
                  remotePilotAddress: "‸2001:db8::1"
                  meshID: mesh1
            ---
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata:
              name: export
            spec:
              params:
                - name: bootstrap.servers
                  value: ‸kafka-0.kafka:9092
                - name: display
                  value: nightly export
            """,
            finds: [
                .at("minio-0.minio.default.svc.cluster.local", 80, .http),
                .at("minio-1.minio", 9000, .http),
                .at("10.16.154.78", 6789, .other),
                .at("nfs.osl.example.no", nil, .other),
                .at("10.20.4.11", 5432, .postgres),
                .at("www.googleapis.com", 443, .http),
                .at("2001:db8::1", nil, .other),
                .at("kafka-0.kafka", 9092, .kafka),
            ]),
        ScannerExample(
            "ConfigMaps of one name in two folders each link within their own folder",
            files: [
                (
                    "k8s/accounts-db.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: accounts-db-config
                    data:
                      ACCOUNTS_DB_URI: postgresql://admin:pw@‸accounts-db:5432/accounts
                    ---
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata:
                      name: accounts-db
                    spec:
                      template:
                        spec:
                          containers:
                            - name: postgres
                              image: postgres:16
                              envFrom:
                                - configMapRef:
                                    name: accounts-db-config
                    """
                ),
                (
                    "extras/cloudsql/config.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: accounts-db-config
                    data:
                      ACCOUNTS_DB_URI: postgresql://admin:pw@‸accounts.db.osl.example.no:5432/accounts
                    """
                ),
            ],
            finds: [
                .at("accounts-db", 5432, .postgres),
                .at("accounts.db.osl.example.no", 5432, .postgres, path: "extras/cloudsql/config.yaml"),
            ]),
        ScannerExample(
            "Helm template: a default in the action is the host; a literal host with a templated port",
            path: "chart/templates/chat.yaml",
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "chat.fullname" . }}
            spec:
              template:
                spec:
                  containers:
                    - name: chat
                      image: "{{ .Values.image }}"
                      env:
                        - name: XMPP_URL
                          value: {{ .Values.xmpp.url | default "http://‸xmpp.osl.example.no:5280" | quote }}
                        - name: AD_HOST
                          value: "‸ad:{{ .Values.adPort }}"
            """,
            finds: [
                .at("xmpp.osl.example.no", 5280, .http),
                .at("ad", nil, .other),
            ]),
        ScannerExample(
            "Helm chart: values.yaml substituted (nested, default, quote, $.Values, with), a values-prod.yaml variant; both places reported",
            files: [
                (
                    "charts/shop/templates/deployment.yaml",
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {{ include "shop.fullname" . }}
                    spec:
                      template:
                        spec:
                          containers:
                            - name: app
                              env:
                                - name: DATABASE_URL
                                  value: ‸‸{{ .Values.db.url | default "postgres://fallback.osl.example.no:5432/x" | quote }}
                                - name: CACHE_HOST
                                  value: "‸{{ $.Values.cache.host }}:6379"
                                {{- with .Values.queue }}
                                - name: AMQP_URL
                                  value: ‸{{ .url }}
                                {{- end }}
                                - name: API_URL
                                  value: {{ .Values.api.url }}
                    """
                ),
                (
                    "charts/shop/Chart.yaml",
                    """
                    apiVersion: v2
                    name: shop
                    version: 1.0.0
                    """
                ),
                (
                    "charts/shop/values.yaml",
                    """
                    db:
                      url: postgres://shop@‸orders-db.osl.example.no:5432/shop
                    cache:
                      host: ‸‸cache.osl.example.no
                    queue:
                      url: "amqp://‸mq.osl.example.no:5672"
                    """
                ),
                (
                    "charts/shop/values-prod.yaml",
                    """
                    db:
                      url: postgres://shop@‸orders-db.fra.example.de:5432/shop
                    """
                ),
            ],
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("orders-db.osl.example.no", 5432, .postgres, path: "charts/shop/values.yaml"),
                .at("orders-db.fra.example.de", 5432, .postgres),
                .at("orders-db.fra.example.de", 5432, .postgres, path: "charts/shop/values-prod.yaml"),
                .at("cache.osl.example.no", 6379, .redis),
                .at("cache.osl.example.no", 6379, .redis, path: "charts/shop/values.yaml"),
                .at("mq.osl.example.no", 5672, .amqp),
                .at("cache.osl.example.no", nil, .other, path: "charts/shop/values.yaml"),
                // The values file's own text, as the text scanner reads it.
                .at("mq.osl.example.no", 5672, .amqp, path: "charts/shop/values.yaml"),
            ], unresolved: [".Values.api.url"]),
        ScannerExample(
            "Helm chart: a function not understood stays a placeholder; a value that would break YAML is not substituted",
            files: [
                (
                    "chart/templates/cm.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: app
                      annotations:
                        note: {{ .Values.note }}
                    data:
                      DB_HOST: {{ .Values.db.host | b64enc }}
                      DB_URL: "postgres://‸{{ .Values.db.host }}:5432/app"
                    """
                ),
                ("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
                (
                    "chart/values.yaml",
                    """
                    note: "owner: platform"
                    db:
                      host: ‸pg.osl.example.no
                    """
                ),
            ],
            finds: [
                .at("pg.osl.example.no", 5432, .postgres),
                .at("pg.osl.example.no", 5432, .postgres, path: "chart/values.yaml"),
            ], unresolved: [".Values.db.host"]),
        ScannerExample(
            "Helm chart whose values.yaml does not parse, with a stray end: the template is read as before",
            files: [
                (
                    "chart/templates/cm.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: app
                    data:
                      DB_HOST: {{ .Values.db.host }}
                      {{- end }}
                    """
                ),
                ("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
                ("chart/values.yaml", "db: [unclosed\n"),
            ], unresolved: [".Values.db.host"]),
    ]
}
