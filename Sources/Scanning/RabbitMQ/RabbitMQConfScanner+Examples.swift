extension RabbitMQConfScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "classic cluster peers; listeners are not endpoints", path: "deploy/rabbitmq/rabbitmq.conf",
            """
            # three-node cluster in Oslo
            listeners.tcp.default = 5672
            management.tcp.ip = 0.0.0.0
            management.tcp.port = 15672
            cluster_formation.peer_discovery_backend = classic_config
            cluster_formation.classic_config.nodes.1 = rabbit@‸mq-0.osl.example.no
            cluster_formation.classic_config.nodes.2 = rabbit@‸mq-1.osl.example.no  # standby
            default_pass = hunter2
            log.syslog.ip = ‸10.20.0.15
            auth_ldap.servers.1 = ‸ldap.osl.example.no
            """,
            finds: [
                .at("mq-0.osl.example.no", 5672, .amqp),
                .at("mq-1.osl.example.no", 5672, .amqp),
                .at("10.20.0.15", nil, .other),
                .at("ldap.osl.example.no", nil, .other),
            ])
    ]
}
