// Generated from catalog/ by `STACKCAT_RECORD=1 swift test --filter CompiledBuiltinCatalogTests`; do
// not edit. The built-in catalog loaded and checked (CompiledCatalog), which the binary decodes at
// start-up while `compiledDigest` is the digest of the files built in; otherwise it loads them.

extension BuiltinCatalog {
    static let compiledDigest: UInt64 = 15_509_362_786_033_957_039
    static let compiled: StaticString = """
        \u{0}\u{12}\u{0}\ncategories\u{1}\u{5}roles\u{2}\rrelationTypes\u{3}\u{5}tools\u{4}\u{6}stacks\u{5}\
        \u{5}teams\u{6}\tfileCount\u{7}\u{11}unreadableToolIDs\u{8}\u{5}radar\t\u{8}settings\n\rcategoryInde\
        x\u{b}\troleIndex\u{c}\rrelationIndex\r\ttoolIndex\u{e}\nstackIndex\u{f}\tteamIndex\u{10}\naliasInde\
        x\u{11}\thierarchy'\u{1}\u{5}\u{12}\u{2}id\u{13}\u{4}name\u{14}\u{b}description\u{15}\u{6}parent\
        \u{16}\u{4}path\u{2}\u{2}\u{17}\u{5}value\u{18}\u{4}span\u{19}\tanalytics\u{3}\u{2}\u{1a}\u{5}start\
        \u{1b}\u{3}end\u{4}\u{3}\u{1c}\u{4}line\u{1d}\u{6}column\u{1e}\u{6}offsetN\u{3}\u{e}Pp\u{1}\u{4}N\
        \u{3} bp\u{1}\u{1f}\tAnalytics\u{1} B\u{1}Data warehouses that query large data sets, such as export\
        ed logs.\u{1}\u{2}!\u{4}data\u{3}\u{4}T\u{3}\u{16}@t\u{1}\u{4}T\u{3}\u{1e}Ht\u{1}\"\u{1a}<built-in>/\
        categories.yaml\u{1}\u{2}#\u{b}api-gateway\u{3}\u{4}|\u{1}\u{e}\\E\u{1}\u{4}|\u{1}$rE\u{1}$\u{b}API \
        gateway\u{1}%/A single entry point in front of many services.\u{1}\u{2}&\nnetworking\u{3}\u{4}B\u{2}\
        \u{16}nH\u{1}\u{4}B\u{2}*BI\u{1}\"\u{1}\u{2}'\u{15}architecture-patterns\u{3}\u{4}Z\u{4}\u{e}@Z\u{2}\
        \u{4}Z\u{4}8jZ\u{2}(\u{15}Architecture patterns\u{1})3How a system is split into parts and how they \
        talk.\u{1}\u{2}*\u{8}patterns\u{3}\u{4}`\u{4}\u{16}B^\u{2}\u{4}`\u{4}&R^\u{2}\"\u{1}\u{2}+\u{18}auto\
        mation-configuration\u{3}\u{4}R\u{2}\u{e}FP\u{1}\u{4}R\u{2}>vP\u{1},\u{1c}Automation and configurati\
        on\u{1}-e\u{1}Tools that declare, create and configure infrastructure (CNCF landscape, Automation & \
        Configuration).\u{1}\u{2}.\u{c}provisioning\u{3}\u{4}X\u{2}\u{16}@V\u{1}\u{4}X\u{2}.XV\u{1}\"\u{1}\
        \u{2}/\u{b}autoscaling\u{3}\u{4}F\u{1}\u{e}v'\u{4}F\u{1}$L(0\u{b}Autoscaling\u{1}12Adding and removi\
        ng pods or nodes as load changes.\u{1}\u{2}2\u{7}runtime\u{3}\u{4}L\u{1}\u{16}N+\u{4}L\u{1}$\\+\"\
        \u{1}\u{2}3\u{6}backup\u{3}\u{4}|\u{3}\u{e}nE\u{2}\u{4}|\u{3}\u{1a}zE\u{2}4\u{6}Backup\u{1}57Backing\
         up and restoring cluster resources and volumes.\u{1}\u{2}!\u{3}\u{4}B\u{4}\u{16}|H\u{2}\u{4}B\u{4}\
        \u{1e}DI\u{2}\"\u{1}\u{2}6\u{5}cache\u{3}\u{4}d\u{3}\u{e}ty\u{1}\u{4}d\u{3}\u{18}~y\u{1}7\u{5}Cache\
        \u{1}8%In-memory data stores used as caches.\u{1}\u{2}!\u{3}\u{4}j\u{3}\u{16}Z|\u{1}\u{4}j\u{3}\
        \u{1e}b|\u{1}\"\u{1}\u{2}9\u{2}cd\u{3}\u{4}\u{18}\u{e}F\u{f}\u{4}\u{18}\u{12}J\u{f}:\u{13}Continuous\
         delivery\u{1};3Tools that release built artifacts to environments.\u{1}\u{2}<\u{8}delivery\u{3}\
        \u{4}\u{1e}\u{16}^\u{12}\u{4}\u{1e}&n\u{12}\"\u{1}\u{2}=\u{c}certificates\u{3}\u{4}D\u{2}\u{e}PI\
        \u{1}\u{4}D\u{2}&hI\u{1}>\u{c}Certificates\u{1}?&Issuing and renewing TLS certificates.\u{1}\u{2}&\
        \u{3}\u{4}J\u{2}\u{16}TL\u{1}\u{4}J\u{2}*hL\u{1}\"\u{1}\u{2}@\u{1}\u{11}chaos-engineering\u{3}\u{4}D\
        \u{4}\u{e}RI\u{2}\u{4}D\u{4}0tI\u{2}A\u{1}\u{11}Chaos engineering\u{1}B\u{1}w\u{1}Injecting failures\
         on purpose to find weaknesses (CNCF landscape, Chaos Engineering, under Observability and Analysis)\
        .\u{1}\u{2}C\u{1}\robservability\u{3}\u{4}J\u{4}\u{16}LO\u{2}\u{4}J\u{4}0fO\u{2}\"\u{1}\u{2}D\u{1}\
        \u{2}ci\u{3}\u{4}\u{10}\u{e}b\u{b}\u{4}\u{10}\u{12}f\u{b}E\u{1}\u{16}Continuous integration\u{1}F\
        \u{1}'Tools that build and test every change.\u{1}\u{2}<\u{3}\u{4}\u{16}\u{16}h\u{e}\u{4}\u{16}&x\
        \u{e}\"\u{1}\u{2}G\u{1}\u{f}container-build\u{3}\u{4} \u{e}|\u{12}\u{4} ,Z\u{13}H\u{1}\u{f}Container\
         build\u{1}I\u{1}/Tools and services that build container images.\u{1}\u{2}<\u{3}\u{4}&\u{16}^\u{16}\
        \u{4}&&n\u{16}\"\u{1}\u{2}!\u{3}\u{4}V\u{3}\u{e}Vt\u{1}\u{4}V\u{3}\u{16}^t\u{1}J\u{1}\u{4}Data\u{1}K\
        \u{1}&Databases, caches, queues and storage.\u{0}\"\u{1}\u{2}L\u{1}\u{8}database\u{3}\u{4}\\\u{3}\
        \u{e}rv\u{1}\u{4}\\\u{3}\u{1e}Bw\u{1}M\u{1}\u{8}Database\u{1}N\u{1}\"Managed and self-hosted databas\
        es.\u{1}\u{2}!\u{3}\u{4}b\u{3}\u{16}^y\u{1}\u{4}b\u{3}\u{1e}fy\u{1}\"\u{1}\u{2}<\u{3}\u{4}\n\u{e}p\
        \u{8}\u{4}\n\u{1e}@\tO\u{1}\u{8}Delivery\u{1}P\u{1})Building, testing and releasing software.\u{0}\"\
        \u{1}\u{2}Q\u{1}\u{13}deployment-patterns\u{3}\u{4}b\u{4}\u{e}`^\u{2}\u{4}b\u{4}4F_\u{2}R\u{1}\u{13}\
        Deployment patterns\u{1}S\u{1}$How new versions reach users safely.\u{1}\u{2}*\u{3}\u{4}h\u{4}\u{16}\
        |a\u{2}\u{4}h\u{4}&Lb\u{2}\"\u{1}\u{2}T\u{1}\u{3}dns\u{3}\u{4}t\u{1}\u{e}RB\u{1}\u{4}t\u{1}\u{14}XB\
        \u{1}U\u{1}\u{3}DNS\u{1}V\u{1}*Name resolution and DNS record management.\u{1}\u{2}&\u{3}\u{4}z\u{1}\
        \u{16}zD\u{1}\u{4}z\u{1}*NE\u{1}\"\u{1}\u{2}W\u{1}\u{e}error-tracking\u{3}\u{4}F\u{3}\u{e}Tl\u{1}\
        \u{4}F\u{3}*pl\u{1}X\u{1}\u{e}Error tracking\u{1}Y\u{1}*Grouping and reporting application errors.\
        \u{1}\u{2}C\u{1}\u{3}\u{4}L\u{3}\u{16}ho\u{1}\u{4}L\u{3}0Bp\u{1}\"\u{1}\u{2}Z\u{1}\u{12}hosting-faci\
        lities\u{3}\u{4}R\u{4}\u{e}\\U\u{2}\u{4}R\u{4}2@V\u{2}[\u{1}\u{12}Hosting facilities\u{1}\\\u{1}<Dat\
        a centres and the machines in them that workloads run on.\u{1}\u{2}2\u{3}\u{4}X\u{4}\u{16}dY\u{2}\
        \u{4}X\u{4}$rY\u{2}\"\u{1}\u{2}]\u{1}\u{f}identity-access\u{3}\u{4}Z\u{2}\u{e}fV\u{1}\u{4}Z\u{2},DW\
        \u{1}^\u{1}\u{13}Identity and access\u{1}_\u{1}>Who may do what: identities, roles, permissions and \
        isolation.\u{1}\u{2}.\u{3}\u{4}`\u{2}\u{16}rZ\u{1}\u{4}`\u{2}.J[\u{1}\"\u{1}\u{2}`\u{1}\u{7}ingress\
        \u{3}\u{4}l\u{1}\u{e}F>\u{4}l\u{1}\u{1c}T>a\u{1}\u{1a}Ingress and load balancing\u{1}b\u{1}0Routing \
        external HTTP(S) traffic into a cluster.\u{1}\u{2}&\u{3}\u{4}r\u{1}\u{16}pA\u{1}\u{4}r\u{1}*DB\u{1}\
        \"\u{1}\u{2}c\u{1}\u{7}logging\u{3}\u{4}v\u{2}\u{e}de\u{1}\u{4}v\u{2}\u{1c}re\u{1}d\u{1}\u{7}Logging\
        \u{1}e\u{1}'Collecting, storing and searching logs.\u{1}\u{2}C\u{1}\u{3}\u{4}|\u{2}\u{16}Vh\u{1}\
        \u{4}|\u{2}0ph\u{1}\"\u{1}\u{2}f\u{1}\u{12}managed-kubernetes\u{3}\u{4}6\u{e}f\u{1f}\u{4}62J g\u{1}\
        \u{12}Managed Kubernetes\u{1}h\u{1},Kubernetes clusters run by a cloud provider.\u{1}\u{2}2\u{3}\
        \u{4}<\u{16}N#\u{4}<$\\#\"\u{1}\u{2}i\u{1}\tmessaging\u{3}\u{4}l\u{3}\u{e}p|\u{1}\u{4}l\u{3} B}\u{1}\
        j\u{1}\u{17}Streaming and messaging\u{1}k\u{1}V\u{1}Message queues and publish/subscribe services (C\
        NCF landscape, Streaming & Messaging).\u{1}\u{2}!\u{3}\u{4}r\u{3}\u{16}dA\u{2}\u{4}r\u{3}\u{1e}lA\
        \u{2}\"\u{1}\u{2}l\u{1}\nmonitoring\u{3}\u{4}~\u{2}\u{e}~h\u{1}\u{4}~\u{2}\"Ri\u{1}m\u{1}\nMonitorin\
        g\u{1}n\u{1}\u{1f}Metrics, dashboards and alerts.\u{1}\u{2}C\u{1}\u{3}\u{4}D\u{3}\u{16}lk\u{1}\u{4}D\
        \u{3}0Fl\u{1}\"\u{1}\u{2}&\u{3}\u{4}N\u{1}\u{e}j+\u{4}N\u{1}\"~+o\u{1}\nNetworking\u{1}p\u{1}:How re\
        quests reach services and services reach each other.\u{0}\"\u{1}\u{2}q\u{1}\u{e}object-storage\u{3}\
        \u{4}t\u{3}\u{e}zA\u{2}\u{4}t\u{3}*VB\u{2}r\u{1}\u{e}Object storage\u{1}s\u{1}/Storage for blobs and\
         files behind an HTTP API.\u{1}\u{2}!\u{3}\u{4}z\u{3}\u{16}XE\u{2}\u{4}z\u{3}\u{1e}`E\u{2}\"\u{1}\
        \u{2}C\u{1}\u{3}\u{4}p\u{2}\u{e}rb\u{1}\u{4}p\u{2}(Lc\u{1}t\u{1}\rObservability\u{1}u\u{1}\u{1f}Seei\
        ng what running systems do.\u{0}\"\u{1}\u{2}v\u{1}\rorchestration\u{3}\u{4}.\u{e}f\u{19}\u{4}.(@\
        \u{1a}w\u{1}\u{1c}Scheduling and orchestration\u{1}x\u{1}e\u{1}Schedulers that run containers on a c\
        luster of machines (CNCF landscape, Scheduling & Orchestration).\u{1}\u{2}2\u{3}\u{4}4\u{16}J\u{1f}\
        \u{4}4$X\u{1f}\"\u{1}\u{2}*\u{3}\u{4}L\u{4}\u{e}tO\u{2}\u{4}L\u{4}\u{1e}DP\u{2}y\u{1}\u{16}Patterns \
        and practices\u{1}z\u{1}t\u{1}Architecture and deployment patterns and operational practices rather \
        than products (entries with hosting: pattern).\u{0}\"\u{1}\u{2}{\u{1}\tpractices\u{3}\u{4}j\u{4}\
        \u{e}Zb\u{2}\u{4}j\u{4} lb\u{2}|\u{1}\u{15}Operational practices\u{1}}\u{1}a\u{1}How teams build and\
         run systems, such as site reliability engineering and infrastructure as code.\u{1}\u{2}*\u{3}\u{4}p\
        \u{4}\u{16}`g\u{2}\u{4}p\u{4}&pg\u{2}\"\u{1}\u{2}.\u{3}\u{4}L\u{2}\u{e}vL\u{1}\u{4}L\u{2}&NM\u{1}~\
        \u{1}\u{c}Provisioning\u{1}\u{7f}\u{1}0Creating and securing the infrastructure itself.\u{0}\"\u{1}\
        \u{2}@\u{2}\u{5}proxy\u{3}\u{4}\\\u{1}\u{e}J4\u{4}\\\u{1}\u{18}T4A\u{2}\rService proxy\u{1}B\u{2}<La\
        yer 4 and layer 7 proxies (CNCF landscape, Service Proxy).\u{1}\u{2}&\u{3}\u{4}b\u{1}\u{16}n7\u{4}b\
        \u{1}*B8\"\u{1}\u{2}C\u{2}\u{3}rpc\u{3}\u{4}d\u{1}\u{e}P8\u{4}d\u{1}\u{14}V8D\u{2}\u{15}Remote proce\
        dure call\u{1}E\u{2}n\u{1}Remote procedure call frameworks and their data serialisation formats (CNC\
        F landscape, Remote Procedure Call).\u{1}\u{2}&\u{3}\u{4}j\u{1}\u{16}d=\u{4}j\u{1}*x=\"\u{1}\u{2}2\
        \u{3}\u{4}(\u{e}|\u{16}\u{4}(\u{1c}J\u{17}F\u{2}\u{7}Runtime\u{1}G\u{2}'Where workloads run and how \
        they scale.\u{0}\"\u{1}\u{2}H\u{2}\u{8}security\u{3}\u{4}b\u{2}\u{e}X[\u{1}\u{4}b\u{2}\u{1e}h[\u{1}I\
        \u{2}\u{8}Security\u{1}J\u{2}'Finding and preventing vulnerabilities.\u{0}\"\u{1}\u{2}K\u{2}\nserver\
        less\u{3}\u{4}>\u{e}j#\u{4}>\"~#L\u{2}\nServerless\u{1}M\u{2}@\u{1}Platforms that run code or contai\
        ners without servers to manage.\u{1}\u{2}2\u{3}\u{4}D\u{1}\u{16}Z'\u{4}D\u{1}$h'\"\u{1}\u{2}N\u{2}\
        \u{c}service-mesh\u{3}\u{4}T\u{1}\u{e}F/\u{4}T\u{1}&^/O\u{2}\u{c}Service mesh\u{1}P\u{2}U\u{1}Infras\
        tructure layers that handle service-to-service traffic, security and telemetry.\u{1}\u{2}&\u{3}\u{4}\
        Z\u{1}\u{16}h3\u{4}Z\u{1}*|3\"\u{1}\u{2}Q\u{2}\u{16}vulnerability-scanning\u{3}\u{4}h\u{2}\u{e}F^\
        \u{1}\u{4}h\u{2}:r^\u{1}R\u{2}\u{16}Vulnerability scanning\u{1}S\u{2}7Scanning images and packages f\
        or known vulnerabilities.\u{1}\u{2}H\u{2}\u{3}\u{4}n\u{2}\u{16}Tb\u{1}\u{4}n\u{2}&db\u{1}\"3\u{5}\
        \u{4}\u{12}\u{13}\u{14}\u{16}\u{2}T\u{2}\u{e}access-control\u{3}\u{4}Z\u{2}\u{e}T^\u{1}\u{4}Z\u{2}*p\
        ^\u{1}U\u{2}\u{e}Access control\u{1}V\u{2}+Grants identities permissions on resources.W\u{2}\u{15}<b\
        uilt-in>/roles.yaml\u{5}\u{2}#\u{3}\u{4}N\u{2}\u{e}^V\u{1}\u{4}N\u{2}$tV\u{1}$\u{1}X\u{2}=Single ent\
        ry point that routes requests to back-end services.W\u{2}\u{5}\u{2}Y\u{2}\u{19}automated-canary-anal\
        ysis\u{3}\u{4}\u{1c}\u{e}`\u{12}\u{4}\u{1c}@\u{1}R\u{13}Z\u{2}\u{19}Automated canary analysis\u{1}[\
        \u{2}T\u{1}Scores a canary against the baseline from metrics and decides whether to promote it.W\
        \u{2}\u{5}\u{2}\\\u{2}\u{15}blue-green-deployment\u{3}\u{4}\"\u{e}l\u{17}\u{4}\"8V\u{18}]\u{2}\u{15}\
        Blue-green deployment\u{1}^\u{2}3Switches traffic between two complete environments.W\u{2}\u{5}\u{2}\
        _\u{2}\u{e}canary-release\u{3}\u{4}\u{16}\u{e}P\u{e}\u{4}\u{16}*l\u{e}`\u{2}\u{e}Canary release\u{1}\
        a\u{2}L\u{1}Shifts a share of traffic to a new version and compares it with the old one.W\u{2}\u{5}\
        \u{2}b\u{2}\u{14}certificate-issuance\u{3}\u{4}t\u{3}\u{e}~N\u{2}\u{4}t\u{3}6fO\u{2}c\u{2}\u{14}Cert\
        ificate issuance\u{1}d\u{2}/Issues TLS certificates, for example over ACME.W\u{2}\u{5}\u{2}e\u{2}\
        \u{10}circuit-breaking\u{3}\u{4}p\u{1}\u{e}hD\u{1}\u{4}p\u{1}.HE\u{1}f\u{2}\u{10}Circuit breaking\
        \u{1}g\u{2}5Stops calling a failing dependency until it recovers.W\u{2}\u{5}\u{2}h\u{2}\u{13}cluster\
        -autoscaling\u{3}\u{4}@\u{1}\u{e}H*\u{4}@\u{1}4n*i\u{2}\u{13}Cluster autoscaling\u{1}j\u{2})Adds and\
         removes nodes as pods need room.W\u{2}\u{5}\u{2}k\u{2}\u{f}code-generation\u{3}\u{4}H\u{2}\u{e}fR\
        \u{1}\u{4}H\u{2},DS\u{1}l\u{2}\u{f}Code generation\u{1}m\u{2}>Generates client and server code from \
        an interface definition.W\u{2}\u{5}\u{2}n\u{2}\u{13}command-line-client\u{3}\u{4}d\u{4}\u{e}jl\u{2}\
        \u{4}d\u{4}4Pm\u{2}o\u{2}\u{13}Command-line client\u{1}p\u{2}(Operates a system from the command lin\
        e.W\u{2}\u{5}\u{2}q\u{2}\u{15}container-image-build\u{3}\u{4}z\u{3}\u{e}lR\u{2}\u{4}z\u{3}8VS\u{2}r\
        \u{2}\u{15}Container image build\u{1}s\u{2}\u{18}Builds container images.W\u{2}\u{5}\u{2}t\u{2}\
        \u{17}container-orchestration\u{3}\u{4}:\u{e}x%\u{4}:<f&u\u{2}\u{17}Container orchestration\u{1}v\
        \u{2}:Schedules containers onto machines and keeps them running.W\u{2}\u{5}\u{2}w\u{2}\u{13}continuo\
        us-delivery\u{3}\u{4}\n\u{e}t\u{5}\u{4}\n4Z\u{6}:\u{1}x\u{2};Releases built artifacts to environment\
        s through pipelines.W\u{2}\u{5}\u{2}y\u{2}\u{16}continuous-integration\u{3}\u{4}\u{4}\u{e}D\u{2}\
        \u{4}\u{4}:p\u{2}E\u{1}\u{1}z\u{2},Builds and tests every change automatically.W\u{2}\u{5}\u{2}{\
        \u{2}\u{e}data-warehouse\u{3}\u{4}x\u{2}\u{e}xn\u{1}\u{4}x\u{2}*To\u{1}|\u{2}\u{e}Data warehouse\
        \u{1}}\u{2})Runs analytical SQL over large data sets.W\u{2}\u{5}\u{2}~\u{2}\u{15}declarative-manifes\
        ts\u{3}\u{4}.\u{e}N\u{1f}\u{4}.8x\u{1f}\u{7f}\u{2}\u{15}Declarative manifests\u{1}@\u{3}*Takes the d\
        esired state as manifest files.W\u{2}\u{5}\u{2}A\u{3}\u{11}disaster-recovery\u{3}\u{4}b\u{3}\u{e}fE\
        \u{2}\u{4}b\u{3}0HF\u{2}B\u{3}\u{11}Disaster recovery\u{1}C\u{3},Restores a cluster or its data afte\
        r a loss.W\u{2}\u{5}\u{2}D\u{3}\u{b}dns-hosting\u{3}\u{4}h\u{3}\u{e}BI\u{2}\u{4}h\u{3}$XI\u{2}E\u{3}\
        \u{b}DNS hosting\u{1}F\u{3}\u{11}Serves DNS zones.W\u{2}\u{5}\u{2}G\u{3}\u{f}dns-record-sync\u{3}\
        \u{4}n\u{3}\u{e}PK\u{2}\u{4}n\u{3},nK\u{2}H\u{3}\u{f}DNS record sync\u{1}I\u{3}9Creates DNS records \
        from cluster resources automatically.W\u{2}\u{5}\u{2}W\u{1}\u{3}\u{4}r\u{2}\u{e}jk\u{1}\u{4}r\u{2}*F\
        l\u{1}X\u{1}\u{1}J\u{3}+Groups application errors and reports them.W\u{2}\u{5}\u{2}K\u{3}\u{f}fault-\
        injection\u{3}\u{4}L\u{4}\u{e}D^\u{2}\u{4}L\u{4},b^\u{2}L\u{3}\u{f}Fault injection\u{1}M\u{3};Inject\
        s failures such as killed instances or added latency.W\u{2}\u{5}\u{2}N\u{3}\u{f}health-checking\u{3}\
        \u{4}j\u{4}\u{e}Fp\u{2}\u{4}j\u{4},dp\u{2}O\u{3}\u{f}Health checking\u{1}P\u{3}E\u{1}Tells the platf\
        orm whether an instance is ready for traffic or alive.W\u{2}\u{5}\u{2}Q\u{3}\u{f}in-memory-store\
        \u{3}\u{4}D\u{3}\u{e}\\u\u{1}\u{4}D\u{3},zu\u{1}R\u{3}\u{f}In-memory store\u{1}S\u{3}*Keeps data in \
        memory for very fast access.W\u{2}\u{5}\u{2}T\u{3}\u{16}infrastructure-as-code\u{3}\u{4}T\u{2}\u{e}D\
        Z\u{1}\u{4}T\u{2}:pZ\u{1}U\u{3}\u{16}Infrastructure as code\u{1}V\u{3}<Declares infrastructure in ve\
        rsioned files and applies them.W\u{2}\u{5}\u{2}`\u{1}\u{3}\u{4}R\u{1}\u{e}H4\u{4}R\u{1}\u{1c}V4W\
        \u{3}\u{7}Ingress\u{1}X\u{3}9Routes external HTTP(S) traffic to services in a cluster.W\u{2}\u{5}\
        \u{2}Y\u{3}\tinstaller\u{3}\u{4}4\u{e}v\"\u{4}4 H#Z\u{3}\tInstaller\u{1}[\u{3}/Installs, configures \
        and upgrades another tool.W\u{2}\u{5}\u{2}\\\u{3}\u{e}load-balancing\u{3}\u{4}X\u{1}\u{e}V7\u{4}X\
        \u{1}*r7]\u{3}\u{e}Load balancing\u{1}^\u{3}!Spreads requests across backends.W\u{2}\u{5}\u{2}_\u{3}\
        \u{e}log-management\u{3}\u{4}f\u{2}\u{e}Be\u{1}\u{4}f\u{2}*^e\u{1}`\u{3}\u{e}Log management\u{1}a\
        \u{3}#Collects, stores and searches logs.W\u{2}\u{5}\u{2}b\u{3}\rmachine-types\u{3}\u{4}p\u{4}\u{e}L\
        t\u{2}\u{4}p\u{4}(ft\u{2}c\u{3}\rMachine types\u{1}d\u{3}?Offers virtual machines in predefined shap\
        es of CPU and memory.W\u{2}\u{5}\u{2}e\u{3}\rmessage-queue\u{3}\u{4}J\u{3}\u{e}lx\u{1}\u{4}J\u{3}(Fy\
        \u{1}f\u{3}\rMessage queue\u{1}g\u{3}2Delivers messages between producers and consumers.W\u{2}\u{5}\
        \u{2}h\u{3}\u{12}metrics-monitoring\u{3}\u{4}l\u{2}\u{e}@h\u{1}\u{4}l\u{2}2dh\u{1}i\u{3}\u{12}Metric\
        s monitoring\u{1}j\u{3}1Collects metrics and shows dashboards and alerts.W\u{2}\u{5}\u{2}k\u{3}\u{4}\
        mtls\u{3}\u{4}j\u{1}\u{e}DA\u{1}\u{4}j\u{1}\u{16}LA\u{1}l\u{3}\nMutual TLS\u{1}m\u{3}D\u{1}Authentic\
        ates and encrypts traffic between services with mutual TLS.W\u{2}\u{5}\u{2}n\u{3}\u{16}multi-cloud-d\
        eployment\u{3}\u{4}(\u{e}f\u{1b}\u{4}(:R\u{1c}o\u{3}\u{16}Multi-cloud deployment\u{1}p\u{3}(Deploys \
        to more than one cloud provider.W\u{2}\u{5}\u{2}q\u{3}\u{11}multi-stage-build\u{3}\u{4}@\u{4}\u{e}pU\
        \u{2}\u{4}@\u{4}0RV\u{2}r\u{3}\u{11}Multi-stage build\u{1}s\u{3}I\u{1}Builds images in stages so tha\
        t the final image holds only what it needs.W\u{2}\u{5}\u{2}t\u{3}\rmulti-tenancy\u{3}\u{4}`\u{2}\
        \u{e}ba\u{1}\u{4}`\u{2}(|a\u{1}u\u{3}\rMulti-tenancy\u{1}v\u{3}6Isolates teams or workloads that sha\
        re infrastructure.W\u{2}\u{5}\u{2}w\u{3}\nnode-pools\u{3}\u{4}L\u{1}\u{e}|0\u{4}L\u{1}\"P1x\u{3}\nNo\
        de pools\u{1}y\u{3}2Groups nodes of one machine type within a cluster.W\u{2}\u{5}\u{2}q\u{1}\u{3}\
        \u{4}V\u{3}\u{e}V\u{7f}\u{1}\u{4}V\u{3}*r\u{7f}\u{1}r\u{1}\u{1}z\u{3} Stores blobs behind an HTTP AP\
        I.W\u{2}\u{5}\u{2}{\u{3}\u{16}pipeline-visualisation\u{3}\u{4}\u{10}\u{e}v\t\u{4}\u{10}:b\n|\u{3}\
        \u{16}Pipeline visualisation\u{1}}\u{3}A\u{1}Shows delivery pipelines and their runs in a graphical \
        interface.W\u{2}\u{5}\u{2}~\u{3}\u{f}pod-autoscaling\u{3}\u{4}F\u{1}\u{e}f-\u{4}F\u{1},D.\u{7f}\u{3}\
        \u{f}Pod autoscaling\u{1}@\u{4}-Changes the number of pod replicas with load.W\u{2}\u{5}\u{2}A\u{4}\
        \u{7}pub-sub\u{3}\u{4}P\u{3}\u{e}D|\u{1}\u{4}P\u{3}\u{1c}R|\u{1}B\u{4}\u{11}Publish/subscribe\u{1}C\
        \u{4}1Fans messages out from publishers to subscribers.W\u{2}\u{5}\u{2}D\u{4}\u{13}relational-databa\
        se\u{3}\u{4}~\u{2}\u{e}Br\u{1}\u{4}~\u{2}4hr\u{1}E\u{4}\u{13}Relational database\u{1}F\u{4}'Stores d\
        ata in tables queried with SQL.W\u{2}\u{5}\u{2}C\u{2}\u{3}\u{4}|\u{1}\u{e}BL\u{1}\u{4}|\u{1}\u{14}HL\
        \u{1}G\u{4}\u{16}Remote procedure calls\u{1}H\u{4}3Calls functions in other services over the networ\
        k.W\u{2}\u{5}\u{2}I\u{4}\rserialisation\u{3}\u{4}B\u{2}\u{e}ZO\u{1}\u{4}B\u{2}(tO\u{1}J\u{4}\rSerial\
        isation\u{1}K\u{4},Encodes structured data into bytes and back.W\u{2}\u{5}\u{2}L\u{4}\u{15}serverles\
        s-containers\u{3}\u{4}X\u{4}\u{e}le\u{2}\u{4}X\u{4}8Vf\u{2}M\u{4}\u{15}Serverless containers\u{1}N\
        \u{4}(Runs containers without nodes to manage.W\u{2}\u{5}\u{2}O\u{4}\u{14}serverless-functions\u{3}\
        \u{4}R\u{4}\u{e}va\u{2}\u{4}R\u{4}6^b\u{2}P\u{4}\u{14}Serverless functions\u{1}Q\u{4}3Runs functions\
         on events without servers to manage.W\u{2}\u{5}\u{2}N\u{2}\u{3}\u{4}^\u{1}\u{e}P:\u{4}^\u{1}&h:O\
        \u{2}\u{1}R\u{4};Manages service-to-service traffic, security and telemetry.W\u{2}\u{5}\u{2}S\u{4}\r\
        sidecar-proxy\u{3}\u{4}d\u{1}\u{e}v=\u{4}d\u{1}(P>T\u{4}\rSidecar proxy\u{1}U\u{4}-Runs as a proxy b\
        eside each service instance.W\u{2}\u{5}\u{2}V\u{4}\u{11}traffic-splitting\u{3}\u{4}v\u{1}\u{e}RH\
        \u{1}\u{4}v\u{1}0tH\u{1}W\u{4}\u{11}Traffic splitting\u{1}X\u{4}6Sends chosen shares of requests to \
        different versions.W\u{2}\u{5}\u{2}Y\u{4}\u{e}versioned-urls\u{3}\u{4}^\u{4}\u{e}Pi\u{2}\u{4}^\u{4}*\
        li\u{2}Z\u{4}\u{e}Versioned URLs\u{1}[\u{4}1Serves each deployed version at a URL of its own.W\u{2}\
        \u{5}\u{2}\\\u{4}\rvolume-backup\u{3}\u{4}\\\u{3}\u{e}NB\u{2}\u{4}\\\u{3}(hB\u{2}]\u{4}\rVolume back\
        up\u{1}^\u{4}2Backs up persistent volumes and cluster resources.W\u{2}\u{5}\u{2}Q\u{2}\u{3}\u{4}F\
        \u{4}\u{e}FZ\u{2}\u{4}F\u{4}:rZ\u{2}R\u{2}\u{1}_\u{4}3Finds known vulnerabilities in images and pack\
        ages.W\u{2}\u{10}\u{6}\t\u{12}`\u{4}\u{5}labela\u{4}\u{7}inverse\u{14}b\u{4}\tsymmetricc\u{4}\u{5}st\
        yle\u{16}d\u{4}\rdeclaresColore\u{4}\u{c}declaresLine\u{2}f\u{4}\u{e}alternative-to\u{3}\u{4}T\u{2}\
        \u{e}nI\u{1}\u{4}T\u{2}*JJ\u{1}g\u{4}\u{14}is an alternative tog\u{4}\u{1}h\u{4}w\u{1}Does the same \
        job as the target, so that one is chosen instead of the other (tools used together are not alternati\
        ves).\u{1}\u{7}\u{2}i\u{4}\u{5}color\u{1c}j\u{4}\u{7}#cc79a7k\u{4}\u{6}dashedl\u{4}\u{19}<built-in>/\
        relations.yaml\u{1}\u{1}\u{6}\u{2}m\u{4}\u{8}backs-up\u{3}\u{4}d\u{1}\u{e}P1\u{4}d\u{1}\u{1e}`1n\
        \u{4}\u{8}backs upo\u{4}\u{c}backed up by\u{1}p\u{4}C\u{1}Copies the target's resources or data so t\
        hat they can be restored.\u{0}\u{7}q\u{4}\u{7}#d55e00k\u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}r\u{4}\u{b}back\
        s-up-to\u{3}\u{4}|\u{1}\u{e}R>\u{4}|\u{1}$h>s\u{4}\u{b}backs up tot\u{4}\u{13}stores backups from\
        \u{1}u\u{4}!Stores its backups in the target.\u{0}\u{7}q\u{4}v\u{4}\u{5}solidl\u{4}\u{1}\u{1}\u{6}\
        \u{2}w\u{4}\ndeploys-to\u{3}\u{4}\u{4}\u{e}L\u{2}\u{4}\u{4}\"`\u{2}x\u{4}\ndeploys toy\u{4}\u{b}depl\
        oyed by\u{1}z\u{4},Releases workloads onto the target platform.\u{0}\u{7}{\u{4}\u{7}#0072b2v\u{4}l\
        \u{4}\u{1}\u{1}\u{6}\u{2}|\u{4}\nexports-to\u{3}\u{4}X\u{1}\u{e}n+\u{4}X\u{1}\"B,}\u{4}\nexports to~\
        \u{4}\u{15}receives exports from\u{1}\u{7f}\u{4}\u{1d}Sends its data to the target.\u{0}\u{7}@\u{5}\
        \u{7}#56b4e9v\u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}A\u{5}\nimplements\u{3}\u{4}H\u{2}\u{e}|C\u{1}\u{4}H\
        \u{2}\"PD\u{1}A\u{5}B\u{5}\u{e}implemented by\u{1}C\u{5}+Is an implementation of the target pattern.\
        \u{0}\u{7}D\u{5}\u{7}#009e73E\u{5}\u{6}dottedl\u{4}\u{1}\u{1}\u{6}\u{2}F\u{5}\u{b}inspired-by\u{3}\
        \u{4}x\u{2}\u{e}J`\u{1}\u{4}x\u{2}$``\u{1}G\u{5}\u{f}was inspired byH\u{5}\u{8}inspired\u{1}I\u{5} T\
        ook its design from the target.\u{0}\u{7}J\u{5}\u{7}#999999E\u{5}l\u{4}\u{1}\u{1}\u{6}\u{2}K\u{5}\
        \u{f}integrates-with\u{3}\u{4}\u{1c}\u{e}j\u{c}\u{4}\u{1c},H\rL\u{5}\u{f}integrates withL\u{5}\u{1}M\
        \u{5}5Works with the target through a built-in integration.\u{1}\u{7}D\u{5}k\u{4}l\u{4}\u{1}\u{1}\
        \u{6}\u{2}N\u{5}\u{13}managed-offering-of\u{3}\u{4}`\u{2}\u{e}^R\u{1}\u{4}`\u{2}4DS\u{1}O\u{5}\u{18}\
        is a managed offering ofP\u{5}\u{16}has a managed offering\u{1}Q\u{5}1Is a provider-run service of t\
        he target software.\u{0}\u{7}{\u{4}k\u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}R\u{5}\u{7}manages\u{3}\u{4}@\
        \u{1}\u{e}\\\u{1d}\u{4}@\u{1}\u{1c}j\u{1d}R\u{5}S\u{5}\nmanaged by\u{1}T\u{5}U\u{1}Creates, configur\
        es or scales the target (a tool acting on a product, not a pattern).\u{0}\u{7}U\u{5}\u{7}#e69f00v\
        \u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}V\u{5}\rmigrates-from\u{3}\u{4}p\u{1}\u{e}f7\u{4}p\u{1}(@8W\u{5}\
        \u{12}migrates away fromX\u{5}\u{18}is migrated away from by\u{1}Y\u{5}3Moves functionality out of t\
        he target step by step.\u{0}\u{7}U\u{5}E\u{5}l\u{4}\u{1}\u{1}\u{6}\u{2}Z\u{5}\u{8}observes\u{3}\u{4}\
        L\u{1}\u{e}L$\u{4}L\u{1}\u{1e}\\$Z\u{5}[\u{5}\u{b}observed by\u{1}\\\u{5}j\u{1}Collects logs, metric\
        s or errors from the target itself (reading another tool's stored metrics is 'uses').\u{0}\u{7}@\
        \u{5}k\u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}]\u{5}\u{7}part-of\u{3}\u{4}4\u{e}B\u{18}\u{4}4\u{1c}P\u{18}^\
        \u{5}\nis part of_\u{5}\u{8}includes\u{1}`\u{5}(Is a component or feature of the target.\u{0}\u{7}j\
        \u{4}E\u{5}l\u{4}\u{1}\u{1}\u{6}\u{2}a\u{5}\u{7}runs-on\u{3}\u{4}\u{10}\u{e}x\u{7}\u{4}\u{10}\u{1c}F\
        \u{8}b\u{5}\u{7}runs onc\u{5}\u{4}runs\u{1}d\u{5}\u{1c}Runs on the target platform.\u{0}\u{7}J\u{5}v\
        \u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}e\u{5}\rsuperseded-by\u{3}\u{4}l\u{2}\u{e}ZY\u{1}\u{4}l\u{2}(tY\u{1}f\
        \u{5}\u{10}is superseded byg\u{5}\nsupersedes\u{1}h\u{5}E\u{1}Has been replaced by the target, by re\
        name, acquisition or successor.\u{0}\u{7}i\u{5}\u{7}#000000k\u{4}l\u{4}\u{1}\u{1}\u{6}\u{2}j\u{5}\
        \u{4}uses\u{3}\u{4}(\u{e}D\u{13}\u{4}(\u{16}L\u{13}j\u{5}k\u{5}\u{7}used by\u{1}l\u{5}%Depends on th\
        e target to do its work.\u{0}\u{7}i\u{5}v\u{4}l\u{4}\u{1}\u{1}H\u{1}\u{8}\u{1a}\u{12}\u{16}\u{13}m\
        \u{5}\u{8}category\u{0}n\u{5}\u{7}summary\u{14}o\u{5}\u{8}homepagep\u{5}\u{4}repoq\u{5}\u{7}licenser\
        \u{5}\u{8}languages\u{5}\u{6}vendort\u{5}\u{7}hostingu\u{5}\u{5}ownerv\u{5}\tlifecyclew\u{5}\u{4}cnc\
        fx\u{5}\u{5}sincey\u{5}\u{7}aliasesz\u{5}\u{4}tags\u{1}{\u{5}\trelations|\u{5}\u{7}sources}\u{5}\
        \u{b}sourcesSpan~\u{5}\u{e}lifecycleSince\u{7f}\u{5}\tfactSpans@\u{6}\notherFactsA\u{6}\u{13}api-gat\
        eway-patternB\u{6})<built-in>/tools/api-gateway-pattern.yamlC\u{6}\u{13}API gateway pattern\u{2}#\
        \u{3}\u{4}\u{6}\u{16}D\u{3}\u{4}\u{6},Z\u{3}\u{0}D\u{6}T\u{1}A single entry point that routes each c\
        lient request to the service that handles it.\u{0}E\u{6}1https://microservices.io/patterns/apigatewa\
        y.html\u{0}F\u{6}\u{0}\u{0}\u{0}G\u{6}\u{7}pattern\u{0}\u{2}H\u{6}\u{6}active\u{3}\u{4}\u{10}\u{18}X\
        \n\u{4}\u{10}$d\n\u{0}\u{0}\u{2}\u{2}$\u{3}\u{4}\u{e}\u{16}F\t\u{4}\u{e},\\\t\u{2}I\u{6}\u{f}Gateway\
         pattern\u{3}\u{4}\u{e}0`\t\u{4}\u{e}N\u{1}~\t\u{0}\u{1}\u{2}#\u{3}\u{4}\u{12}\u{12}v\n\u{4}\u{12}(L\
        \u{b}\u{1}\t\u{3}J\u{6}\u{4}typeK\u{6}\u{6}targetL\u{6}\u{4}note\u{2}]\u{5}\u{3}\u{4}\u{16}\u{16}z\
        \u{b}\u{4}\u{16}$H\u{c}\u{2}M\u{6}\rmicroservices\u{3}\u{4}\u{18}\u{1a}b\u{c}\u{4}\u{18}4|\u{c}\u{1}\
        N\u{6}/The entry point of a microservice architecture.\u{1}E\u{6}\u{1}\u{3}\u{4}\u{1e}\u{6}H\u{f}\
        \u{4} \u{2}p\u{10}\u{0}\n\u{1}t\u{5}\u{3}\u{4}\u{c}\u{14}b\u{8}\u{4}\u{c}\"p\u{8}\u{b}\u{1}O\u{6}\
        \u{8}reviewed\u{2}P\u{6}\n2026-12-07\u{3}\u{4} \u{16}D\u{11}\u{4} *X\u{11}\u{8}Q\u{6}\napp-engineR\
        \u{6} <built-in>/tools/app-engine.yamlS\u{6}\nApp Engine\u{2}K\u{2}\u{3}\u{4}\u{6}\u{16}r\u{2}\u{4}\
        \u{6}*F\u{3}\u{0}T\u{6}X\u{1}Google Cloud's platform as a service, which serves each deployed versio\
        n at its own URL.\u{1}U\u{6}u\u{4}The GKE panel asked how people provide App Engine-style versioned \
        URLs: one planned to do it with\nIstio (Istio\u{3067}\u{3084}\u{308b}\u{4e88}\u{5b9a}), another woul\
        d wait for others' Istio experience (Istio\u{306e}\u{4e8b}\u{4f8b}\u{5f85}\u{3064}), and game\ndevel\
        opers might rather split version URLs in the client app (\u{5206}\u{3051}\u{305f}\u{3044}\u{304b}\
        \u{3082}, \"might want to\").\nV\u{6}\"https://cloud.google.com/appengine\u{0}W\u{6}\u{b}Proprietary\
        \u{0}\u{1}X\u{6}\u{c}Google CloudY\u{6}\u{7}managed\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1a}\u{18}F\u{14}\
        \u{4}\u{1a}$R\u{14}\u{0}\u{1}p>\u{2}\u{2}Z\u{6}\u{3}GAE\u{3}\u{4}\u{1e}\u{16}@\u{15}\u{4}\u{1e}\
        \u{1c}F\u{15}\u{2}[\u{6}\u{11}Google App Engine\u{3}\u{4}\u{1e} J\u{15}\u{4}\u{1e}B\u{1}l\u{15}\u{1}\
        \\\u{6}\u{c}google-cloud\u{2}\u{2}Y\u{4}\u{3}\u{4}\"\u{12}j\u{16}\u{4}\".F\u{17}\u{2}V\u{4}\u{3}\
        \u{4}\"2J\u{17}\u{4}\"T\u{1}l\u{17}\u{1}\t\u{2}f\u{4}\u{3}\u{4}&\u{16}Z\u{18}\u{4}&2v\u{18}\u{2}]\
        \u{6}\u{3}gke\u{3}\u{4}(\u{1a}P\u{19}\u{4}( V\u{19}\u{0}\u{2}^\u{6}A\u{1}https://cloud.google.com/ap\
        pengine/docs/an-overview-of-app-engine_\u{6}H\u{1}https://cloud.google.com/appengine/docs/standard/h\
        ow-requests-are-routed\u{1}\u{3}\u{4},\u{6}n\u{19}\u{4}0\u{2}P\u{1e}\u{0}\n\u{3}\u{4}\u{18}\u{14}`\
        \u{13}\u{4}\u{18}\"n\u{13}\u{b}\u{2}P\u{6}\u{3}\u{4}0\u{16}d\u{1e}\u{4}0*x\u{1e}\u{8}`\u{6}\u{11}art\
        ifact-analysisa\u{6}'<built-in>/tools/artifact-analysis.yamlb\u{6}\u{11}Artifact Analysis\u{2}Q\u{2}\
        \u{3}\u{4}\u{6}\u{16}@\u{3}\u{4}\u{6}B\u{1}l\u{3}\u{0}c\u{6}J\u{2}Scans container images and package\
        s in Artifact Registry for known vulnerabilities and stores their metadata; formerly Container Analy\
        sis.\u{1}d\u{6}?The GKE panel rated GCB's image vulnerability scanning highly.\ne\u{6}A\u{1}https://\
        cloud.google.com/artifact-analysis/docs/artifact-analysis\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}\
        H\u{6}\u{3}\u{4}\u{16}\u{18}^\u{f}\u{4}\u{16}$j\u{f}\u{0}\u{0}\u{2}\u{2}f\u{6}\u{12}Container Analys\
        is\u{3}\u{4}\u{18}\u{16}@\u{10}\u{4}\u{18}:d\u{10}\u{2}g\u{6}\u{12}container scanning\u{3}\u{4}\
        \u{18}>h\u{10}\u{4}\u{18}b\u{1}L\u{11}\u{2}\\\u{6}H\u{2}\u{1}\u{2}Q\u{2}\u{3}\u{4}\u{1c}\u{12}^\
        \u{12}\u{4}\u{1c}>J\u{13}\u{1}\t\u{2}|\u{4}\u{3}\u{4} \u{16}x\u{13}\u{4} *L\u{14}\u{2}h\u{6}\u{c}clo\
        ud-pubsub\u{3}\u{4}\"\u{1a}f\u{14}\u{4}\"2~\u{14}\u{1}i\u{6}C\u{1}Publishes notes and occurrences of\
         scan findings to Pub/Sub topics.\u{4}e\u{6}j\u{6}:https://cloud.google.com/artifact-analysis/docs/r\
        egistriesk\u{6}E\u{1}https://cloud.google.com/artifact-analysis/docs/pub-sub-notificationsl\u{6}L\
        \u{1}https://cloud.google.com/artifact-analysis/docs/upgrading-container-analysis\u{1}\u{3}\u{4}(\
        \u{6}r\u{17}\u{4}0\u{2}n \u{0}\n\u{3}\u{4}\u{14}\u{14}x\u{e}\u{4}\u{14}\"F\u{f}\u{b}\u{2}P\u{6}\u{3}\
        \u{4}0\u{16}B!\u{4}0*V!\u{8}Y\u{2}m\u{6}/<built-in>/tools/automated-canary-analysis.yamlZ\u{2}\u{2}Q\
        \u{1}\u{3}\u{4}\u{6}\u{16}P\u{3}\u{4}\u{6}<v\u{3}\u{0}n\u{6}g\u{1}Compares a canary's metrics with a\
         baseline's statistically and promotes or rolls back without a human.\u{0}o\u{6}Z\u{1}https://netfli\
        xtechblog.com/automated-canary-analysis-at-netflix-with-kayenta-3260bc7acc69\u{0}F\u{6}\u{0}\u{0}G\
        \u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{e}\u{18}\\\u{b}\u{4}\u{e}$h\u{b}\u{0}\u{0}\u{0}\u{0}\u{1}\u{2}Y\
        \u{2}\u{3}\u{4}\u{10}\u{12}z\u{b}\u{4}\u{10}D\u{1}l\u{c}\u{1}\t\u{2}]\u{5}\u{3}\u{4}\u{14}\u{16}Z\r\
        \u{4}\u{14}$h\r\u{2}_\u{2}\u{3}\u{4}\u{16}\u{1a}B\u{e}\u{4}\u{16}6^\u{e}\u{0}\u{1}o\u{6}\u{1}\u{3}\
        \u{4}\u{1a}\u{6}v\u{e}\u{4}\u{1c}\u{2}p\u{11}\u{0}\n\u{3}\u{4}\u{c}\u{14}v\n\u{4}\u{c}\"D\u{b}\u{b}\
        \u{2}P\u{6}\u{3}\u{4}\u{1c}\u{16}D\u{12}\u{4}\u{1c}*X\u{12}\u{8}p\u{6}\u{b}aws-fargateq\u{6}!<built-\
        in>/tools/aws-fargate.yamlr\u{6}\u{b}AWS Fargate\u{2}K\u{2}\u{3}\u{4}\u{6}\u{16}t\u{2}\u{4}\u{6}*H\
        \u{3}\u{0}s\u{6}_\u{1}Serverless compute for containers on Amazon ECS and EKS, without servers or cl\
        usters to manage.\u{0}t\u{6}\u{1f}https://aws.amazon.com/fargate/\u{0}W\u{6}\u{0}\u{1}u\u{6}\u{13}Am\
        azon Web ServicesY\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\u{18}J\n\u{4}\u{12}$V\n\u{0}\u{1}B?\u{1}\
        \u{2}v\u{6}\u{7}Fargate\u{3}\u{4}\u{16}\u{16}D\u{b}\u{4}\u{16}$R\u{b}\u{1}w\u{6}\u{3}aws\u{1}\u{2}L\
        \u{4}\u{3}\u{4}\u{1a}\u{12}~\u{b}\u{4}\u{1a}<h\u{c}\u{1}\t\u{2}K\u{5}\u{3}\u{4}\u{1e}\u{16}V\r\u{4}\
        \u{1e}4t\r\u{2}x\u{6}\nkubernetes\u{3}\u{4} \u{1a}N\u{e}\u{4} .b\u{e}\u{1}y\u{6}+Amazon EKS runs Kub\
        ernetes pods on Fargate.\u{4}t\u{6}z\u{6}-https://aws.amazon.com/blogs/aws/aws-fargate/{\u{6}T\u{1}h\
        ttps://www.allthingsdistributed.com/2018/04/changing-calculus-containers-cloud.html|\u{6}=https://do\
        cs.aws.amazon.com/eks/latest/userguide/fargate.html\u{1}\u{3}\u{4}&\u{6}f\u{10}\u{4}.\u{2}D\u{18}\
        \u{0}\n\u{3}\u{4}\u{10}\u{14}d\t\u{4}\u{10}\"r\t\u{b}\u{2}P\u{6}\u{3}\u{4}.\u{16}X\u{18}\u{4}.*l\
        \u{18}\u{8}}\u{6}\u{8}bigquery~\u{6}\u{1e}<built-in>/tools/bigquery.yaml\u{7f}\u{6}\u{8}BigQuery\
        \u{2}\u{19}\u{3}\u{4}\u{6}\u{16}n\u{2}\u{4}\u{6}(@\u{3}\u{0}@\u{7}B\u{1}Serverless data warehouse th\
        at runs SQL over very large data sets.\u{1}A\u{7}v\u{1}Announced at Google I/O in May 2010 as a limi\
        ted preview (hence `since: 2010`); publicly launched\nat Google I/O 2012.\nB\u{7}!https://cloud.goog\
        le.com/bigquery\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}P\r\u{4}\u{18}\
        $\\\r\u{0}\u{1}t>\u{0}\u{1}\\\u{6}\u{1}\u{2}{\u{2}\u{3}\u{4}\u{1e}\u{12}p\u{e}\u{4}\u{1e}.L\u{f}\
        \u{1}\t\u{2}j\u{5}\u{3}\u{4}\"\u{16}z\u{f}\u{4}\"\u{1e}B\u{10}\u{2}C\u{7}\tcloud-iam\u{3}\u{4}$\
        \u{1a}\\\u{10}\u{4}$,n\u{10}\u{1}D\u{7}%Dataset permissions are IAM bindings.\u{2}E\u{7}3https://clo\
        ud.google.com/bigquery/docs/introductionF\u{7}4https://cloud.google.com/bigquery/docs/release-notes\
        \u{1}\u{3}\u{4}*\u{6}f\u{12}\u{4}.\u{2}D\u{16}\u{0}\n\u{3}\u{4}\u{16}\u{14}j\u{c}\u{4}\u{16}\"x\u{c}\
        \u{b}\u{2}G\u{7}\n2026-11-26\u{3}\u{4}.\u{16}X\u{16}\u{4}.*l\u{16}\u{8}\\\u{2}H\u{7}+<built-in>/tool\
        s/blue-green-deployment.yaml]\u{2}\u{2}Q\u{1}\u{3}\u{4}\u{6}\u{16}H\u{3}\u{4}\u{6}<n\u{3}\u{0}I\u{7}\
        Y\u{1}Runs two identical environments and switches traffic from the old to the new in one step.\u{0}\
        J\u{7}7https://martinfowler.com/bliki/BlueGreenDeployment.html\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\
        \u{6}\u{3}\u{4}\u{e}\u{18}r\t\u{4}\u{e}$~\t\u{0}\u{0}\u{0}\u{0}\u{1}\u{2}\\\u{2}\u{3}\u{4}\u{10}\
        \u{12}P\n\u{4}\u{10}<z\n\u{0}\u{1}J\u{7}\u{1}\u{3}\u{4}\u{14}\u{6}T\u{b}\u{4}\u{16}\u{2}H\r\u{0}\n\
        \u{3}\u{4}\u{c}\u{14}L\t\u{4}\u{c}\"Z\t\u{b}\u{2}P\u{6}\u{3}\u{4}\u{16}\u{16}\\\r\u{4}\u{16}*p\r\
        \u{8}K\u{7}\u{4}borgL\u{7}\u{1a}<built-in>/tools/borg.yamlM\u{7}\u{4}Borg\u{2}v\u{1}\u{3}\u{4}\u{6}\
        \u{16}f\u{2}\u{4}\u{6}0@\u{3}\u{0}N\u{7}a\u{1}Google's internal cluster manager, which runs hundreds\
         of thousands of jobs across many clusters.\u{1}O\u{7}T\u{6}Never released outside Google, so it is \
        no alternative to anything in this catalogue; Kubernetes was\ninspired by it. When the GKE panel dis\
        cussed how many clusters to run, someone asked whether Borg\nbeing one cluster meant one cluster was\
         better (Google\u{306e}Borg\u{306f}\u{30ef}\u{30f3}\u{30af}\u{30e9}\u{30b9}\u{30bf}\u{30fc}\u{3068}\
        \u{3044}\u{3046}\u{3053}\u{3068}\u{306f}\u{305d}\u{308c}\u{304c}\u{3088}\u{3044}\u{306e}\u{3060}\
        \u{308d}\u{3046}\u{304b}\u{ff1f},\na question); the Borg paper itself describes a number of clusters\
        .\nP\u{7}P\u{1}https://research.google/pubs/large-scale-cluster-management-at-google-with-borg/\u{0}\
        W\u{6}\u{0}\u{1}Q\u{7}\u{6}GoogleR\u{7}\u{b}self-hosted\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}l\u{18}\
        \u{4}\u{1c}$x\u{18}\u{0}\u{0}\u{0}\u{1}S\u{7}\u{6}google\u{1}\u{2}t\u{2}\u{3}\u{4} \u{12}h\u{19}\
        \u{4} @\u{1}V\u{1a}\u{0}\u{2}P\u{7}T\u{7}B\u{1}https://kubernetes.io/blog/2015/04/borg-predecessor-t\
        o-kubernetes/\u{1}\u{3}\u{4}$\u{6}p\u{1a}\u{4}(\u{2}d\u{1f}\u{0}\n\u{3}\u{4}\u{1a}\u{14}~\u{17}\u{4}\
        \u{1a}*T\u{18}\u{b}\u{2}P\u{6}\u{3}\u{4}(\u{16}x\u{1f}\u{4}(*L \u{8}_\u{2}U\u{7}$<built-in>/tools/ca\
        nary-release.yaml`\u{2}\u{2}Q\u{1}\u{3}\u{4}\u{6}\u{16}z\u{2}\u{4}\u{6}<`\u{3}\u{0}V\u{7}T\u{1}Rolls\
         a new version out to a small share of users first and widens it if it behaves.\u{0}W\u{7}1https://m\
        artinfowler.com/bliki/CanaryRelease.html\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{e}\
        \u{18}N\t\u{4}\u{e}$Z\t\u{0}\u{0}\u{0}\u{0}\u{1}\u{2}_\u{2}\u{3}\u{4}\u{10}\u{12}l\t\u{4}\u{10}.H\n\
        \u{1}\t\u{2}f\u{4}\u{3}\u{4}\u{14}\u{16}v\n\u{4}\u{14}2R\u{b}\u{2}\\\u{2}\u{3}\u{4}\u{16}\u{1a}l\
        \u{b}\u{4}\u{16}D\u{1}V\u{c}\u{0}\u{1}W\u{7}\u{1}\u{3}\u{4}\u{1a}\u{6}n\u{c}\u{4}\u{1c}\u{2}V\u{e}\
        \u{0}\n\u{3}\u{4}\u{c}\u{14}h\u{8}\u{4}\u{c}\"v\u{8}\u{b}\u{2}P\u{6}\u{3}\u{4}\u{1c}\u{16}j\u{e}\
        \u{4}\u{1c}*~\u{e}\u{8}@\u{1}X\u{7}'<built-in>/tools/chaos-engineering.yamlA\u{1}\u{2}{\u{1}\u{3}\
        \u{4}\u{6}\u{16}@\u{3}\u{4}\u{6}(R\u{3}\u{0}Y\u{7}_\u{1}Experiments on a production system to build \
        confidence that it withstands turbulent conditions.\u{0}Z\u{7}\u{1e}https://principlesofchaos.org/\
        \u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{e}\u{18}p\u{8}\u{4}\u{e}$|\u{8}\u{0}\u{0}\
        \u{0}\u{0}\u{1}\u{2}K\u{3}\u{3}\u{4}\u{10}\u{12}N\t\u{4}\u{10}0l\t\u{0}\u{1}Z\u{7}\u{1}\u{3}\u{4}\
        \u{14}\u{6}F\n\u{4}\u{16}\u{2}H\u{b}\u{0}\n\u{3}\u{4}\u{c}\u{14}J\u{8}\u{4}\u{c}\"X\u{8}\u{b}\u{2}P\
        \u{6}\u{3}\u{4}\u{16}\u{16}\\\u{b}\u{4}\u{16}*p\u{b}\u{8}[\u{7}\u{c}chaos-monkey\\\u{7}\"<built-in>/\
        tools/chaos-monkey.yaml]\u{7}\u{c}Chaos Monkey\u{2}@\u{1}\u{3}\u{4}\u{6}\u{16}v\u{2}\u{4}\u{6}8X\
        \u{3}\u{0}^\u{7}m\u{1}Netflix tool that randomly terminates instances in production to make services\
         resilient to instance failure.\u{1}_\u{7}A\u{3}The facts here are those of Chaos Monkey 2.0, a rewr\
        ite in Go released in 2016 that reads\ndeployments from Spinnaker. Version 1, in Java, was released \
        in 2012 as part of Netflix's Simian\nArmy.\n`\u{7}&https://netflix.github.io/chaosmonkey/\u{1}a\u{7}\
        &https://github.com/Netflix/chaosmonkeyb\u{7}\nApache-2.0\u{1}c\u{7}\u{2}Go\u{1}d\u{7}\u{7}NetflixR\
        \u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{16}\u{18}f\u{c}\u{4}\u{16}$r\u{c}\u{0}\u{1}@?\u{0}\u{1}e\u{7}\u{7}\
        netflix\u{1}\u{2}K\u{3}\u{3}\u{4}$\u{12}h\u{14}\u{4}$0F\u{15}\u{1}\t\u{2}A\u{5}\u{3}\u{4}(\u{16}t\
        \u{15}\u{4}(*H\u{16}\u{2}@\u{1}\u{3}\u{4}*\u{1a}b\u{16}\u{4}*<D\u{17}\u{0}\u{5}`\u{7}a\u{7}f\u{7}:ht\
        tps://github.com/Netflix/chaosmonkey/blob/master/LICENSEg\u{7}<https://github.com/Netflix/chaosmonke\
        y/blob/master/README.mdh\u{7}H\u{1}http://techblog.netflix.com/2012/07/chaos-monkey-released-into-wi\
        ld.html\u{1}\u{3}\u{4}.\u{6}\\\u{17}\u{4}8\u{2}^ \u{0}\u{c}\u{2}t\u{5}p\u{5}\u{3}\u{4}\u{14}\u{14}x\
        \u{b}\u{4}\u{14}*N\u{c}\u{3}\u{4}\u{c}\u{e}v\u{8}\u{4}\u{c}Z\u{1}B\n\u{b}\u{2}P\u{6}\u{3}\u{4}8\
        \u{16}r \u{4}8*F!\u{8}i\u{7}\u{8}circlecij\u{7}\u{1e}<built-in>/tools/circleci.yamlk\u{7}\u{8}Circle\
        CI\u{2}D\u{1}\u{3}\u{4}\u{6}\u{16}n\u{2}\u{4}\u{6}\u{1a}r\u{2}\u{0}l\u{7}3Hosted continuous integrat\
        ion and delivery service.\u{1}m\u{7}E\u{2}Mercari built container images on CircleCI rather than Goo\
        gle Container Builder, because\nnotifications and integrations were easier.\nn\u{7}\u{15}https://cir\
        cleci.com/\u{0}W\u{6}\u{0}\u{1}o\u{7}\u{18}Circle Internet Servicesp\u{7}\u{4}saas\u{0}\u{2}H\u{6}\
        \u{3}\u{4}\u{18}\u{18}|\u{c}\u{4}\u{18}$H\r\u{0}\u{0}\u{0}\u{1}D\u{1}\u{2}\u{2}y\u{2}\u{3}\u{4}\
        \u{1c}\u{12}p\r\u{4}\u{1c}>\\\u{e}\u{2}q\u{2}\u{3}\u{4}\u{1c}B\u{1}`\u{e}\u{4}\u{1c}l\u{1}J\u{f}\
        \u{2}\t\u{2}f\u{4}\u{3}\u{4} \u{16}x\u{f}\u{4} 2T\u{10}\u{2}q\u{7}\u{b}cloud-build\u{3}\u{4}\"\u{1a}\
        n\u{10}\u{4}\"0D\u{11}\u{0}\t\u{2}f\u{4}\u{3}\u{4}$\u{16}Z\u{11}\u{4}$2v\u{11}\u{2}r\u{7}\u{7}jenkin\
        s\u{3}\u{4}&\u{1a}P\u{12}\u{4}&(^\u{12}\u{0}\u{2}s\u{7}<https://circleci.com/docs/guides/getting-sta\
        rted/quickstart/t\u{7}@\u{1}https://circleci.com/docs/guides/execute/building-docker-images/\u{1}\
        \u{3}\u{4}*\u{6}v\u{12}\u{4}.\u{2}~\u{16}\u{0}\n\u{3}\u{4}\u{16}\u{14}\\\u{c}\u{4}\u{16}\u{1c}d\u{c}\
        \u{b}\u{2}P\u{6}\u{3}\u{4}.\u{16}R\u{17}\u{4}.*f\u{17}\u{8}u\u{7}\u{f}circuit-breakerv\u{7}%<built-i\
        n>/tools/circuit-breaker.yamlw\u{7}\u{f}Circuit breaker\u{2}'\u{3}\u{4}\u{6}\u{16}|\u{2}\u{4}\u{6}@\
        \u{1}f\u{3}\u{0}x\u{7}M\u{1}Stops calls to a failing service for a while so that failures do not cas\
        cade.\u{0}y\u{7}B\u{1}https://microservices.io/patterns/reliability/circuit-breaker.html\u{0}F\u{6}\
        \u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{e}\u{18}h\t\u{4}\u{e}$t\t\u{0}\u{0}\u{0}\u{0}\u{1}\u{2}\
        e\u{2}\u{3}\u{4}\u{10}\u{12}F\n\u{4}\u{10}2f\n\u{1}\t\u{2}]\u{5}\u{3}\u{4}\u{14}\u{16}T\u{b}\u{4}\
        \u{14}$b\u{b}\u{2}M\u{6}\u{3}\u{4}\u{16}\u{1a}|\u{b}\u{4}\u{16}4V\u{c}\u{1}z\u{7} Protects calls bet\
        ween services.\u{2}y\u{7}{\u{7}2https://martinfowler.com/bliki/CircuitBreaker.html\u{1}\u{3}\u{4}\
        \u{1c}\u{6}D\u{e}\u{4} \u{2}|\u{11}\u{0}\n\u{3}\u{4}\u{c}\u{14}B\t\u{4}\u{c}\"P\t\u{b}\u{2}P\u{6}\
        \u{3}\u{4} \u{16}P\u{12}\u{4} *d\u{12}\u{8}q\u{7}|\u{7}!<built-in>/tools/cloud-build.yaml}\u{7}\u{b}\
        Cloud Build\u{2}D\u{1}\u{3}\u{4}\u{6}\u{16}t\u{2}\u{4}\u{6}\u{1a}x\u{2}\u{0}~\u{7}r\u{1}Serverless C\
        I/CD service on Google Cloud that runs builds as container steps; called Container Builder until 201\
        8.\u{0}\u{7f}\u{7}\u{1e}https://cloud.google.com/build\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\
        \u{6}\u{3}\u{4}\u{12}\u{18}T\n\u{4}\u{12}$`\n\u{0}\u{1}B?\u{2}\u{2}@\u{8}\u{12}Google Cloud Build\
        \u{3}\u{4}\u{16}\u{16}N\u{b}\u{4}\u{16}:r\u{b}\u{2}A\u{8}\u{3}GCB\u{3}\u{4}\u{16}>v\u{b}\u{4}\u{16}D\
        \u{1}|\u{b}\u{1}\\\u{6}\u{2}\u{2}y\u{2}\u{3}\u{4}\u{1a}\u{12}z\u{c}\u{4}\u{1a}>f\r\u{2}q\u{2}\u{3}\
        \u{4}\u{1a}B\u{1}j\r\u{4}\u{1a}l\u{1}T\u{e}\u{4}\t\u{2}w\u{4}\u{3}\u{4}\u{1e}\u{16}B\u{f}\u{4}\u{1e}\
        *V\u{f}\u{2}]\u{6}\u{3}\u{4} \u{1a}p\u{f}\u{4}  v\u{f}\u{0}\t\u{2}w\u{4}\u{3}\u{4}\"\u{16}L\u{10}\
        \u{4}\"*`\u{10}\u{2}B\u{8}\u{f}cloud-functions\u{3}\u{4}$\u{1a}z\u{10}\u{4}$8X\u{11}\u{0}\t\u{2}K\
        \u{5}\u{3}\u{4}&\u{16}n\u{11}\u{4}&4L\u{12}\u{2}`\u{6}\u{3}\u{4}(\u{1a}f\u{12}\u{4}(<H\u{13}\u{1}C\
        \u{8}{\u{1}Its Security insights panel shows Artifact Analysis's vulnerability scan of the images a \
        build pushes to Artifact Registry.\t\u{2}f\u{4}\u{3}\u{4},\u{16}n\u{17}\u{4},2J\u{18}\u{2}r\u{7}\
        \u{3}\u{4}.\u{1a}d\u{18}\u{4}.(r\u{18}\u{0}\u{6}D\u{8},https://cloud.google.com/build/docs/overviewE\
        \u{8}z\u{1}https://cloud.google.com/blog/products/gcp/google-cloud-container-builder-a-fast-and-flex\
        ible-way-to-package-your-softwareF\u{8}1https://cloud.google.com/build/docs/release-notesG\u{8}?http\
        s://cloud.google.com/build/docs/deploying-builds/deploy-gkeH\u{8}E\u{1}https://cloud.google.com/buil\
        d/docs/deploying-builds/deploy-functionsI\u{8}@\u{1}https://cloud.google.com/build/docs/view-build-s\
        ecurity-insights\u{1}\u{3}\u{4}2\u{6}J\u{19}\u{4}>\u{2}x&\u{0}\n\u{3}\u{4}\u{10}\u{14}n\t\u{4}\u{10}\
        \"|\t\u{b}\u{2}G\u{7}\u{3}\u{4}>\u{16}L'\u{4}>*`'\u{8}J\u{8}\tcloud-dnsK\u{8}\u{1f}<built-in>/tools/\
        cloud-dns.yamlL\u{8}\tCloud DNS\u{2}T\u{1}\u{3}\u{4}\u{6}\u{16}p\u{2}\u{4}\u{6}\u{1c}v\u{2}\u{0}M\
        \u{8}1Google Cloud's managed authoritative DNS service.\u{0}N\u{8}\u{1c}https://cloud.google.com/dns\
        \u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\u{18}H\u{8}\u{4}\u{12}$T\u{8}\u{0}\
        \u{0}\u{0}\u{1}\\\u{6}\u{1}\u{2}D\u{3}\u{3}\u{4}\u{16}\u{12}P\t\u{4}\u{16}(f\t\u{1}\t\u{2}j\u{5}\
        \u{3}\u{4}\u{1a}\u{16}T\n\u{4}\u{1a}\u{1e}\\\n\u{2}C\u{7}\u{3}\u{4}\u{1c}\u{1a}v\n\u{4}\u{1c},H\u{b}\
        \u{1}O\u{8}G\u{1}Every Cloud DNS API method requires the caller to hold IAM permissions.\u{2}P\u{8}*\
        https://cloud.google.com/dns/docs/overviewQ\u{8}0https://cloud.google.com/dns/docs/access-control\
        \u{1}\u{3}\u{4}\"\u{6}D\u{e}\u{4}&\u{2}H\u{11}\u{0}\n\u{3}\u{4}\u{10}\u{14}b\u{7}\u{4}\u{10}\"p\u{7}\
        \u{b}\u{2}P\u{6}\u{3}\u{4}&\u{16}\\\u{11}\u{4}&*p\u{11}\u{8}B\u{8}R\u{8}%<built-in>/tools/cloud-func\
        tions.yamlS\u{8}\u{13}Cloud Run functions\u{2}K\u{2}\u{3}\u{4}\u{6}\u{16}D\u{3}\u{4}\u{6}*X\u{3}\
        \u{0}T\u{8}T\u{2}Serverless functions on Google Cloud that respond to events or HTTP requests, now d\
        eployed as Cloud Run services; called Cloud Functions until 2024.\u{1}U\u{8}U\u{4}At the 2018 GKE pa\
        nel, Cloud Functions was named as a way to send notifications from CI, though\na hard one (\u{901a}\
        \u{77e5}\u{3068}\u{304b}\u{51fa}\u{6765}\u{308b}\u{ff08}\u{5927}\u{5909}\u{3060}\u{3051}\u{3069}\
        \u{ff09}, \"can, though it is hard\"); nobody said they did.\nFirst announced in 2016 (hence `since:\
         2016`); generally available in 2018.\nV\u{8}\"https://cloud.google.com/functions\u{0}W\u{6}\u{0}\
        \u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1a}\u{18}T\u{15}\u{4}\u{1a}$`\u{15}\u{0}\u{1}@?\u{2}\
        \u{2}W\u{8}\u{f}Cloud Functions\u{3}\u{4}\u{1e}\u{16}N\u{16}\u{4}\u{1e}4l\u{16}\u{2}X\u{8}\u{16}Goog\
        le Cloud Functions\u{3}\u{4}\u{1e}8p\u{16}\u{4}\u{1e}d\u{1}\\\u{17}\u{1}\\\u{6}\u{1}\u{2}O\u{4}\u{3}\
        \u{4}\"\u{12}Z\u{18}\u{4}\":B\u{19}\u{1}\t\u{2}K\u{5}\u{3}\u{4}&\u{16}p\u{19}\u{4}&4N\u{1a}\u{2}h\
        \u{6}\u{3}\u{4}(\u{1a}h\u{1a}\u{4}(2@\u{1b}\u{1}Y\u{8}o\u{1}A Pub/Sub trigger, one of several (HTTP,\
         Cloud Storage, Firestore, Eventarc), runs a function for each message.\u{5}Z\u{8}9https://cloud.goo\
        gle.com/functions/docs/concepts/overview[\u{8}c\u{1}https://cloud.google.com/blog/products/serverles\
        s/google-cloud-functions-is-now-cloud-run-functions\\\u{8}5https://cloud.google.com/functions/docs/r\
        elease-notes]\u{8}@\u{1}https://cloud.google.com/functions/docs/concepts/events-triggers^\u{8}C\u{1}\
        https://cloud.google.com/functions/docs/concepts/version-comparison\u{1}\u{3}\u{4}.\u{6}P\u{1f}\u{4}\
        8\u{2}f*\u{0}\n\u{3}\u{4}\u{18}\u{14}n\u{14}\u{4}\u{18}\"|\u{14}\u{b}\u{2}G\u{7}\u{3}\u{4}8\u{16}z*\
        \u{4}8*N+\u{8}C\u{7}_\u{8}\u{1f}<built-in>/tools/cloud-iam.yaml`\u{8}\tCloud IAM\u{2}]\u{1}\u{3}\
        \u{4}\u{6}\u{16}p\u{2}\u{4}\u{6}4N\u{3}\u{0}a\u{8}T\u{1}Google Cloud's identity and access managemen\
        t: who has which role on which resource.\u{0}b\u{8}\u{1c}https://cloud.google.com/iam\u{0}W\u{6}\
        \u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\u{18}j\t\u{4}\u{12}$v\t\u{0}\u{0}\u{2}\u{2}c\
        \u{8}\u{3}IAM\u{3}\u{4}\u{14}\u{16}L\n\u{4}\u{14}\u{1c}R\n\u{2}d\u{8}\u{1e}Identity and Access Manag\
        ement\u{3}\u{4}\u{14} V\n\u{4}\u{14}\\\u{1}R\u{b}\u{2}\\\u{6}H\u{2}\u{1}\u{2}T\u{2}\u{3}\u{4}\u{18}\
        \u{12}d\u{c}\u{4}\u{18}.@\r\u{2}\t\u{2}K\u{5}\u{3}\u{4}\u{1c}\u{16}n\r\u{4}\u{1c}4L\u{e}\u{2}e\u{8}\
        \u{f}kubernetes-rbac\u{3}\u{4}\u{1e}\u{1a}f\u{e}\u{4}\u{1e}8D\u{f}\u{1}f\u{8}]\u{1}On GKE, IAM and K\
        ubernetes RBAC together decide what a user may do; RBAC works per namespace.\t\u{2}j\u{5}\u{3}\u{4}\
        \"\u{16}n\u{12}\u{4}\"\u{1e}v\u{12}\u{2}g\u{8}\u{15}google-cloud-projects\u{3}\u{4}$\u{1a}P\u{13}\
        \u{4}$D\u{1}z\u{13}\u{1}h\u{8}@\u{1}IAM policies are granted on projects, folders and organisations.\
        \u{3}i\u{8}*https://cloud.google.com/iam/docs/overviewj\u{8}G\u{1}https://cloud.google.com/kubernete\
        s-engine/docs/concepts/access-controlk\u{8}:https://cloud.google.com/kubernetes-engine/docs/how-to/i\
        am\u{1}\u{3}\u{4}*\u{6}h\u{16}\u{4}0\u{2}X\u{1c}\u{0}\n\u{3}\u{4}\u{10}\u{14}D\t\u{4}\u{10}\"R\t\
        \u{b}\u{2}P\u{6}\u{3}\u{4}0\u{16}l\u{1c}\u{4}0*@\u{1d}\u{8}l\u{8}\u{14}cloud-load-balancingm\u{8}*<b\
        uilt-in>/tools/cloud-load-balancing.yamln\u{8}\u{14}Cloud Load Balancing\u{2}`\u{1}\u{3}\u{4}\u{6}\
        \u{16}F\u{3}\u{4}\u{6}$T\u{3}\u{0}o\u{8}G\u{2}Google Cloud's managed load balancers: Application Loa\
        d Balancers (formerly HTTP(S) Load Balancing), Network Load Balancers and others.\u{0}p\u{8}'https:/\
        /cloud.google.com/load-balancing\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\
        \u{18}l\u{b}\u{4}\u{12}$x\u{b}\u{0}\u{0}\u{4}\u{2}q\u{8}\u{19}Application Load Balancer\u{3}\u{4}\
        \u{14}\u{16}N\u{c}\u{4}\u{14}H\u{1}@\r\u{2}r\u{8}\u{16}HTTP(S) Load Balancing\u{3}\u{4}\u{14}L\u{1}D\
        \r\u{4}\u{14}x\u{1}p\r\u{2}s\u{8}#Google Cloud HTTP(S) Load Balancing\u{3}\u{4}\u{14}|\u{1}t\r\u{4}\
        \u{14}B\u{3}z\u{e}\u{2}t\u{8}\nHTTP(S) LB\u{3}\u{4}\u{14}F\u{3}~\u{e}\u{4}\u{14}Z\u{3}R\u{f}\u{1}\\\
        \u{6}\u{1}\u{2}\\\u{3}\u{3}\u{4}\u{18}\u{12}P\u{10}\u{4}\u{18}.l\u{10}\u{1}\t\u{2}K\u{5}\u{3}\u{4}\
        \u{1c}\u{16}Z\u{11}\u{4}\u{1c}4x\u{11}\u{2}u\u{8}\u{c}lets-encrypt\u{3}\u{4}\u{1e}\u{1a}R\u{12}\u{4}\
        \u{1e}2j\u{12}\u{1}v\u{8}J\u{3}Google-managed certificates from Certificate Manager fall back to the\
         Let's Encrypt CA when Google's Public CA cannot issue one; self-managed certificates, such as Let's\
         Encrypt's, can also be uploaded.\u{3}w\u{8}F\u{1}https://cloud.google.com/load-balancing/docs/appli\
        cation-load-balancerx\u{8}=https://cloud.google.com/load-balancing/docs/ssl-certificatesy\u{8}>https\
        ://cloud.google.com/certificate-manager/docs/how-it-works\u{1}\u{3}\u{4}$\u{6}p\u{19}\u{4}*\u{2}L \
        \u{0}\n\u{3}\u{4}\u{10}\u{14}F\u{b}\u{4}\u{10}\"T\u{b}\u{b}\u{2}P\u{6}\u{3}\u{4}*\u{16}` \u{4}**t \
        \u{8}z\u{8}\rcloud-logging{\u{8}#<built-in>/tools/cloud-logging.yaml|\u{8}\rCloud Logging\u{2}c\u{1}\
        \u{3}\u{4}\u{6}\u{16}x\u{2}\u{4}\u{6}$F\u{3}\u{0}}\u{8}~\u{1}Managed log storage, search and routing\
        ; log sinks export to BigQuery, Cloud Storage or Pub/Sub. Formerly Stackdriver Logging.\u{0}~\u{8} h\
        ttps://cloud.google.com/logging\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\
        \u{18}~\n\u{4}\u{12}$J\u{b}\u{0}\u{0}\u{1}\u{2}\u{7f}\u{8}\u{13}Stackdriver Logging\u{3}\u{4}\u{14}\
        \u{16}`\u{b}\u{4}\u{14}<F\u{c}\u{1}\\\u{6}\u{1}\u{2}_\u{3}\u{3}\u{4}\u{18}\u{12}D\r\u{4}\u{18}.`\r\
        \u{5}\t\u{2}]\u{5}\u{3}\u{4}\u{1c}\u{16}N\u{e}\u{4}\u{1c}$\\\u{e}\u{2}@\t\u{1a}google-cloud-observab\
        ility\u{3}\u{4}\u{1e}\u{1a}v\u{e}\u{4}\u{1e}N\u{1}j\u{f}\u{0}\t\u{2}|\u{4}\u{3}\u{4} \u{16}@\u{10}\
        \u{4} *T\u{10}\u{2}}\u{6}\u{3}\u{4}\"\u{1a}n\u{10}\u{4}\"*~\u{10}\u{1}A\t-Log sinks route entries to\
         BigQuery datasets.\t\u{2}|\u{4}\u{3}\u{4}&\u{16}D\u{13}\u{4}&*X\u{13}\u{2}B\t\rcloud-storage\u{3}\
        \u{4}(\u{1a}r\u{13}\u{4}(4L\u{14}\u{0}\t\u{2}|\u{4}\u{3}\u{4}*\u{16}b\u{14}\u{4}**v\u{14}\u{2}h\u{6}\
        \u{3}\u{4},\u{1a}P\u{15}\u{4},2h\u{15}\u{0}\t\u{2}Z\u{5}\u{3}\u{4}.\u{16}~\u{15}\u{4}.&N\u{16}\u{2}]\
        \u{6}\u{3}\u{4}0\u{1a}h\u{16}\u{4}0 n\u{16}\u{0}\u{2}C\t.https://cloud.google.com/logging/docs/overv\
        iewD\t@\u{1}https://cloud.google.com/logging/docs/export/configure_export_v2\u{1}\u{3}\u{4}4\u{6}F\
        \u{17}\u{4}8\u{2}r\u{1a}\u{0}\n\u{3}\u{4}\u{10}\u{14}X\n\u{4}\u{10}\"f\n\u{b}\u{2}P\u{6}\u{3}\u{4}8\
        \u{16}F\u{1b}\u{4}8*Z\u{1b}\u{8}E\t\u{10}cloud-monitoringF\t&<built-in>/tools/cloud-monitoring.yamlG\
        \t\u{10}Cloud Monitoring\u{2}l\u{1}\u{3}\u{4}\u{6}\u{16}~\u{2}\u{4}\u{6}*R\u{3}\u{0}H\ti\u{1}Managed\
         metrics, dashboards, uptime checks and alerting on Google Cloud. Formerly Stackdriver Monitoring.\
        \u{0}I\t#https://cloud.google.com/monitoring\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\
        \u{4}\u{12}\u{18}b\n\u{4}\u{12}$n\n\u{0}\u{0}\u{1}\u{2}J\t\u{16}Stackdriver Monitoring\u{3}\u{4}\
        \u{14}\u{16}D\u{b}\u{4}\u{14}B\u{1}p\u{b}\u{1}\\\u{6}\u{1}\u{2}h\u{3}\u{3}\u{4}\u{18}\u{12}n\u{c}\
        \u{4}\u{18}6R\r\u{2}\t\u{2}]\u{5}\u{3}\u{4}\u{1c}\u{16}@\u{e}\u{4}\u{1c}$N\u{e}\u{2}@\t\u{3}\u{4}\
        \u{1e}\u{1a}h\u{e}\u{4}\u{1e}N\u{1}\\\u{f}\u{0}\t\u{2}f\u{4}\u{3}\u{4} \u{16}r\u{f}\u{4} 2N\u{10}\
        \u{2}K\t\u{7}datadog\u{3}\u{4}\"\u{1a}h\u{10}\u{4}\"(v\u{10}\u{0}\u{1}L\t<https://cloud.google.com/m\
        onitoring/docs/monitoring-overview\u{1}\u{3}\u{4}&\u{6}N\u{11}\u{4}(\u{2}L\u{13}\u{0}\n\u{3}\u{4}\
        \u{10}\u{14}|\t\u{4}\u{10}\"J\n\u{b}\u{2}P\u{6}\u{3}\u{4}(\u{16}`\u{13}\u{4}(*t\u{13}\u{8}h\u{6}M\t\
        \"<built-in>/tools/cloud-pubsub.yamlN\t\u{7}Pub/Sub\u{2}i\u{1}\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}(\
        ~\u{2}\u{0}O\t6Google Cloud's managed asynchronous messaging service.\u{1}P\tR\u{5}A panel member wa\
        nted to run RabbitMQ because something of Pub/Sub's was too short; the notes write\n\"ACQ\u{ff1f}\" \
        (Cloud pub/sub\u{306f}ACQ\u{ff1f}\u{304c}\u{77ed}\u{3044}\u{304b}\u{3089}MQ\u{52d5}\u{304b}\u{3057}\
        \u{305f}\u{3044}), most likely the acknowledgement deadline, which\nis at most 600 seconds.\nPublic \
        beta from March 2015 (hence `since: 2015`), after a private alpha shown at Google I/O 2014.\nQ\t\
        \u{1f}https://cloud.google.com/pubsub\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\
        \u{1c}\u{18}r\u{13}\u{4}\u{1c}$~\u{13}\u{0}\u{1}~>\u{2}\u{2}R\t\rCloud Pub/Sub\u{3}\u{4} \u{16}l\
        \u{14}\u{4} 0F\u{15}\u{2}S\t\u{6}pubsub\u{3}\u{4} 4J\u{15}\u{4} @\u{1}V\u{15}\u{1}\\\u{6}\u{2}\u{2}A\
        \u{4}\u{3}\u{4}$\u{12}T\u{16}\u{4}$ b\u{16}\u{2}e\u{3}\u{3}\u{4}$$f\u{16}\u{4}$>@\u{17}\u{1}\t\u{2}j\
        \u{5}\u{3}\u{4}(\u{16}n\u{17}\u{4}(\u{1e}v\u{17}\u{2}C\u{7}\u{3}\u{4}*\u{1a}P\u{18}\u{4}*,b\u{18}\
        \u{0}\u{3}T\t-https://cloud.google.com/pubsub/docs/overviewU\t2https://cloud.google.com/pubsub/docs/\
        release-notesV\tA\u{2}https://docs.cloud.google.com/dotnet/docs/reference/Google.Cloud.PubSub.V1/lat\
        est/Google.Cloud.PubSub.V1.ModifyAckDeadlineRequest\u{1}\u{3}\u{4}.\u{6}z\u{18}\u{4}4\u{2}T \u{0}\n\
        \u{3}\u{4}\u{1a}\u{14}L\u{13}\u{4}\u{1a}\"Z\u{13}\u{b}\u{2}G\u{7}\u{3}\u{4}4\u{16}h \u{4}4*| \u{8}W\
        \t\rcloud-spannerX\t#<built-in>/tools/cloud-spanner.yamlY\t\u{7}Spanner\u{2}L\u{1}\u{3}\u{4}\u{6}\
        \u{16}l\u{2}\u{4}\u{6}&|\u{2}\u{0}Z\tV\u{1}Google Cloud's horizontally scalable, strongly consistent\
         relational database service.\u{1}[\t6Public beta from February 2017 (hence `since: 2017`).\n\\\t ht\
        tps://cloud.google.com/spanner\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{16}\
        \u{18}n\u{b}\u{4}\u{16}$z\u{b}\u{0}\u{1}B?\u{1}\u{2}]\t\rCloud Spanner\u{3}\u{4}\u{1a}\u{16}h\u{c}\
        \u{4}\u{1a}0B\r\u{1}\\\u{6}\u{1}\u{2}D\u{4}\u{3}\u{4}\u{1e}\u{12}@\u{e}\u{4}\u{1e}8f\u{e}\u{1}\t\
        \u{2}K\u{5}\u{3}\u{4}\"\u{16}T\u{f}\u{4}\"4r\u{f}\u{2}}\u{6}\u{3}\u{4}$\u{1a}L\u{10}\u{4}$*\\\u{10}\
        \u{1}^\t>BigQuery queries Spanner data in place with federated queries.\u{4}_\t.https://cloud.google\
        .com/spanner/docs/overview`\tM\u{1}https://research.google/pubs/spanner-googles-globally-distributed\
        -database-2/a\t=https://www.infoq.com/news/2017/02/google-cloud-spanner-beta/b\t@\u{1}https://cloud.\
        google.com/bigquery/docs/spanner-federated-queries\u{1}\u{3}\u{4}*\u{6}F\u{13}\u{4}2\u{2}Z\u{1b}\
        \u{0}\n\u{3}\u{4}\u{14}\u{14}H\u{b}\u{4}\u{14}\"V\u{b}\u{b}\u{2}G\u{7}\u{3}\u{4}2\u{16}n\u{1b}\u{4}2\
        *B\u{1c}\u{8}c\t\tcloud-sqld\t\u{1f}<built-in>/tools/cloud-sql.yamle\t\tCloud SQL\u{2}L\u{1}\u{3}\
        \u{4}\u{6}\u{16}p\u{2}\u{4}\u{6}&@\u{3}\u{0}f\t?Fully managed MySQL, PostgreSQL and SQL Server on Go\
        ogle Cloud.\u{1}g\tq\u{1}Launched in October 2011 as a limited preview of hosted MySQL for App Engin\
        e applications (hence\n`since: 2011`).\nh\t\u{1c}https://cloud.google.com/sql\u{0}W\u{6}\u{0}\u{1}X\
        \u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}v\u{c}\u{4}\u{18}$B\r\u{0}\u{1}v>\u{0}\u{1}\\\u{6}\
        \u{1}\u{2}D\u{4}\u{3}\u{4}\u{1e}\u{12}V\u{e}\u{4}\u{1e}8|\u{e}\u{1}\t\u{2}j\u{5}\u{3}\u{4}\"\u{16}j\
        \u{f}\u{4}\"\u{1e}r\u{f}\u{2}C\u{7}\u{3}\u{4}$\u{1a}L\u{10}\u{4}$,^\u{10}\u{1}i\t*Instance access is\
         granted with IAM roles.\u{2}j\t.https://cloud.google.com/sql/docs/introductionk\t_\u{1}http://www.t\
        echrepublic.com/blog/the-enterprise-cloud/a-letter-of-regret-to-google-cloud-mysql/\u{1}\u{3}\u{4}*\
        \u{6}`\u{12}\u{4}.\u{2}J\u{17}\u{0}\n\u{3}\u{4}\u{16}\u{14}P\u{c}\u{4}\u{16}\"^\u{c}\u{b}\u{2}G\u{7}\
        \u{3}\u{4}.\u{16}^\u{17}\u{4}.*r\u{17}\u{8}B\tl\t#<built-in>/tools/cloud-storage.yamlm\t\rCloud Stor\
        age\u{2}q\u{1}\u{3}\u{4}\u{6}\u{16}x\u{2}\u{4}\u{6}2T\u{3}\u{0}n\t&Google Cloud's object storage ser\
        vice.\u{1}o\tV\u{2}Announced as Google Storage for Developers at Google I/O in May 2010, in limited \
        preview (hence\n`since: 2010`); opened to all developers in May 2011.\np\t https://cloud.google.com/\
        storage\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}j\r\u{4}\u{18}$v\r\
        \u{0}\u{1}t>\u{2}\u{2}q\t\u{3}GCS\u{3}\u{4}\u{1c}\u{16}d\u{e}\u{4}\u{1c}\u{1c}j\u{e}\u{2}r\t\u{14}Go\
        ogle Cloud Storage\u{3}\u{4}\u{1c} n\u{e}\u{4}\u{1c}H\u{1}V\u{f}\u{1}\\\u{6}\u{1}\u{2}q\u{1}\u{3}\
        \u{4} \u{12}T\u{10}\u{4} .p\u{10}\u{1}\t\u{2}j\u{5}\u{3}\u{4}$\u{16}^\u{11}\u{4}$\u{1e}f\u{11}\u{2}C\
        \u{7}\u{3}\u{4}&\u{1a}@\u{12}\u{4}&,R\u{12}\u{0}\u{3}s\t2https://cloud.google.com/storage/docs/intro\
        ductiont\tA\u{1}https://www.infoq.com/news/2010/06/Google-Storage-for-Developers/u\tI\u{1}https://bl\
        og.joedrumgoole.com/2011/05/11/google-storage-available-to-all/\u{1}\u{3}\u{4}*\u{6}j\u{12}\u{4}0\
        \u{2}|\u{18}\u{0}\n\u{3}\u{4}\u{16}\u{14}D\r\u{4}\u{16}\"R\r\u{b}\u{2}G\u{7}\u{3}\u{4}0\u{16}P\u{19}\
        \u{4}0*d\u{19}\u{8}v\t\u{12}cluster-autoscalerw\t(<built-in>/tools/cluster-autoscaler.yamlx\t\u{12}C\
        luster Autoscaler\u{2}/\u{3}\u{4}\u{6}\u{16}B\u{3}\u{4}\u{6},X\u{3}\u{0}y\tO\u{1}Adds nodes when pod\
        s cannot be scheduled and removes nodes that stay underused.\u{1}z\to\u{1}A Kubernetes SIG Autoscali\
        ng sub-project in the kubernetes organisation, so it shares Kubernetes'\nCNCF status.\n{\tG\u{1}http\
        s://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler\u{1}|\t(https://github.com/kuber\
        netes/autoscalerb\u{7}\u{1}c\u{7}\u{1}}\t\u{1a}Kubernetes SIG AutoscalingR\u{7}\u{0}\u{2}H\u{6}\u{3}\
        \u{4}\u{16}\u{18}V\r\u{4}\u{16}$b\r\u{1}~\t\tgraduated\u{1}@?\u{1}\u{2}\u{7f}\t\u{2}CA\u{3}\u{4}\"\
        \u{16}t\u{12}\u{4}\"\u{1a}x\u{12}\u{1}x\u{6}\u{1}\u{2}h\u{2}\u{3}\u{4}&\u{12}r\u{13}\u{4}&8X\u{14}\
        \u{2}\t\u{2}]\u{5}\u{3}\u{4}*\u{16}F\u{15}\u{4}*$T\u{15}\u{2}x\u{6}\u{3}\u{4},\u{1a}n\u{15}\u{4},.B\
        \u{16}\u{1}@\n%A Kubernetes SIG Autoscaling project.\t\u{2}R\u{5}\u{3}\u{4}0\u{16}x\u{17}\u{4}0$F\
        \u{18}\u{2}A\n\u{e}gke-node-pools\u{3}\u{4}2\u{1a}`\u{18}\u{4}26|\u{18}\u{1}B\n\u{1d}On GKE it resiz\
        es node pools.\u{5}{\tC\nK\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-auto\
        scalerD\nQ\u{1}https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/README.mdE\nO\
        \u{1}https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/main.goF\n>https://gith\
        ub.com/kubernetes/autoscaler/blob/master/README.md\u{1}\u{3}\u{4}8\u{6}d\u{1a}\u{4}B\u{1}\u{2}r&\
        \u{0}\r\u{3}w\u{5}t\u{5}p\u{5}\u{3}\u{4}\u{18}\u{e}p\r\u{4}\u{18} B\u{e}\u{3}\u{4}\u{14}\u{14}h\u{c}\
        \u{4}\u{14}*~\u{c}\u{3}\u{4}\u{c}\u{e}|\u{8}\u{4}\u{c}^\u{1}L\n\u{b}\u{2}P\u{6}\u{3}\u{4}B\u{1}\
        \u{16}F'\u{4}B\u{1}*Z'\u{8}G\n\u{1c}compute-engine-machine-typesH\n2<built-in>/tools/compute-engine-\
        machine-types.yamlI\n\u{1c}Compute Engine machine types\u{2}Z\u{1}\u{3}\u{4}\u{6}\u{16}V\u{3}\u{4}\
        \u{6}:z\u{3}\u{0}J\no\u{1}Predefined and custom VM shapes of vCPUs and memory, such as n1-standard a\
        nd n1-highmem, that GKE nodes run on.\u{1}K\np\u{3}Mercari's node pools were n1-standard, with a hig\
        h-memory (n1-highmem) pool only for machine\nlearning. Machine types (1, 2, 4 and 8 virtual CPUs) we\
        re already part of the Compute Engine\nlimited preview presented at Velocity Europe in 2012.\nL\n6ht\
        tps://cloud.google.com/compute/docs/machine-resource\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\
        \u{6}\u{3}\u{4}\u{1a}\u{18}J\u{14}\u{4}\u{1a}$V\u{14}\u{0}\u{1}x>\u{3}\u{2}M\n\rmachine types\u{3}\
        \u{4}\u{1e}\u{16}D\u{15}\u{4}\u{1e}0^\u{15}\u{2}N\n\u{b}n1-standard\u{3}\u{4}\u{1e}4b\u{15}\u{4}\
        \u{1e}J\u{1}x\u{15}\u{2}O\n\nn1-highmem\u{3}\u{4}\u{1e}N\u{1}|\u{15}\u{4}\u{1e}b\u{1}P\u{16}\u{1}\\\
        \u{6}\u{1}\u{2}b\u{3}\u{3}\u{4}\"\u{12}N\u{17}\u{4}\",h\u{17}\u{0}\u{3}L\nP\n>https://cloud.google.c\
        om/compute/docs/general-purpose-machinesQ\n?http://slides.eightypercent.net/velocity-europe-2012/ind\
        ex.html\u{1}\u{3}\u{4}&\u{6}B\u{18}\u{4},\u{2}B\u{1e}\u{0}\n\u{3}\u{4}\u{18}\u{14}d\u{13}\u{4}\u{18}\
        \"r\u{13}\u{b}\u{2}G\u{7}\u{3}\u{4},\u{16}V\u{1e}\u{4},*j\u{1e}\u{8}R\n\u{11}container-builderS\n'<b\
        uilt-in>/tools/container-builder.yamlT\n\u{18}Google Container Builder\u{2}G\u{1}\u{3}\u{4}\u{6}\
        \u{16}N\u{3}\u{4}\u{6}4l\u{3}\u{0}U\n[\u{1}Google Cloud's hosted container image build service from \
        2017, renamed Cloud Build in 2018.\u{1}V\n~\u{1}Made generally available at Google Cloud Next in Mar\
        ch 2017; relaunched as Cloud Build at\nGoogle Cloud Next '18 in July 2018.\n\u{7f}\u{7}\u{0}W\u{6}\
        \u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}W\n\nsuperseded\u{3}\u{4}\u{18}\u{18}x\u{e}\u{4}\u{18},L\u{f}\u{0}\
        \u{1}B?\u{1}\u{2}X\n\u{11}Container Builder\u{3}\u{4}\u{1e}\u{16}r\u{10}\u{4}\u{1e}8T\u{11}\u{1}\\\
        \u{6}\u{1}\u{2}q\u{2}\u{3}\u{4}\"\u{12}R\u{12}\u{4}\"<|\u{12}\u{1}\t\u{2}e\u{5}\u{3}\u{4}&\u{16}j\
        \u{13}\u{4}&0D\u{14}\u{2}q\u{7}\u{3}\u{4}(\u{1a}^\u{14}\u{4}(0t\u{14}\u{1}Y\n!Renamed Cloud Build in\
         July 2018.\u{4}E\u{8}D\u{8}F\u{8}Z\ng\u{1}https://www.gcppodcast.com/post/episode-79-container-buil\
        der-with-christopher-sanson-and-david-bendory/\u{1}\u{3}\u{4}.\u{6}d\u{16}\u{4}6\u{2}D!\u{1}\u{2}[\n\
        \n2018-07-24\u{3}\u{4}\u{1a}$p\u{f}\u{4}\u{1a}8D\u{10}\n\u{3}\u{4}\u{16}\u{14}R\u{e}\u{4}\u{16}\"`\
        \u{e}\u{b}\u{2}G\u{7}\u{3}\u{4}6\u{16}X!\u{4}6*l!\u{8}K\t\\\n\u{1d}<built-in>/tools/datadog.yaml]\n\
        \u{7}Datadog\u{2}l\u{1}\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}*@\u{3}\u{0}^\n_\u{1}SaaS monitoring pla\
        tform for metrics, logs, traces and dashboards across clouds and containers.\u{1}_\nW\u{2}Mercari us\
        ed Datadog rather than Stackdriver Monitoring for its integrations. Panel members liked it\nfor many\
         clusters and its then-new container map.\n`\n\u{1a}https://www.datadoghq.com/\u{0}W\u{6}\u{0}\u{1}]\
        \np\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}n\u{e}\u{4}\u{18}$z\u{e}\u{0}\u{0}\u{0}\u{1}p\u{7}\
        \u{2}\u{2}h\u{3}\u{3}\u{4}\u{1c}\u{12}f\u{f}\u{4}\u{1c}6J\u{10}\u{2}_\u{3}\u{3}\u{4}\u{1c}:N\u{10}\
        \u{4}\u{1c}V\u{1}j\u{10}\u{2}\t\u{2}Z\u{5}\u{3}\u{4} \u{16}X\u{11}\u{4} &h\u{11}\u{2}x\u{6}\u{3}\
        \u{4}\"\u{1a}B\u{12}\u{4}\".V\u{12}\u{0}\t\u{2}Z\u{5}\u{3}\u{4}$\u{16}l\u{12}\u{4}$&|\u{12}\u{2}]\
        \u{6}\u{3}\u{4}&\u{1a}V\u{13}\u{4}& \\\u{13}\u{0}\u{3}a\n+https://docs.datadoghq.com/getting_started\
        /b\n9https://www.datadoghq.com/blog/introducing-container-map/c\n2https://docs.datadoghq.com/infrast\
        ructure/hostmap/\u{1}\u{3}\u{4}*\u{6}t\u{13}\u{4}0\u{2}z\u{18}\u{0}\n\u{3}\u{4}\u{16}\u{14}N\u{e}\
        \u{4}\u{16}\u{1c}V\u{e}\u{b}\u{2}P\u{6}\u{3}\u{4}0\u{16}N\u{19}\u{4}0*b\u{19}\u{8}d\n\u{6}dockere\n\
        \u{1c}<built-in>/tools/docker.yamlf\n\u{6}Docker\u{2}G\u{1}\u{3}\u{4}\u{6}\u{16}j\u{2}\u{4}\u{6}4H\
        \u{3}\u{0}g\nT\u{1}Builds, ships and runs container images; multi-stage builds keep final images sma\
        ll.\u{1}h\nj\u{1}The panel called multi-stage builds a must: smaller images carry fewer vulnerabilit\
        ies and deploy\nfaster.\ni\n\u{16}https://www.docker.com\u{1}j\n\u{1c}https://github.com/moby/mobyb\
        \u{7}\u{1}c\u{7}\u{1}f\nR\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}l\u{e}\u{4}\u{1c}$x\u{e}\u{0}\
        \u{1}z>\u{0}\u{1}k\n\ncontainers\u{2}\u{2}q\u{2}\u{3}\u{4}\"\u{12}H\u{10}\u{4}\"<r\u{10}\u{2}q\u{3}\
        \u{3}\u{4}\"@\u{1}v\u{10}\u{4}\"b\u{1}X\u{11}\u{1}\t\u{2}K\u{5}\u{3}\u{4}&\u{16}F\u{12}\u{4}&4d\
        \u{12}\u{2}x\u{6}\u{3}\u{4}(\u{1a}~\u{12}\u{4}(.R\u{13}\u{1}l\nC\u{1}Docker Desktop includes a stand\
        alone Kubernetes server and kubectl.\u{6}m\n4https://docs.docker.com/get-started/docker-overview/n\n\
        3https://docs.docker.com/build/building/multi-stage/j\no\n0https://github.com/moby/moby/blob/master/\
        LICENSEp\n0https://github.com/moby/moby/releases/tag/v0.1.0q\n4https://docs.docker.com/desktop/featu\
        res/kubernetes/\u{1}\u{3}\u{4}.\u{6}F\u{16}\u{4}:\u{2}l\u{1f}\u{0}\u{c}\u{3}\u{4}\u{1a}\u{14}~\r\
        \u{4}\u{1a}*T\u{e}\u{3}\u{4}\u{12}\u{e}R\u{b}\u{4}\u{12}F\u{1}J\u{c}\u{b}\u{2}P\u{6}\u{3}\u{4}:\
        \u{16}@ \u{4}:*T \u{8}r\n\u{11}docker-enterprises\n'<built-in>/tools/docker-enterprise.yamlt\n\u{11}\
        Docker Enterprise\u{2}v\u{1}\u{3}\u{4}\u{6}\u{16}@\u{3}\u{4}\u{6}0Z\u{3}\u{0}u\n[\u{1}Docker's comme\
        rcial container platform with Swarm and Kubernetes; sold to Mirantis in 2019.\u{0}v\n=https://www.mi\
        rantis.com/software/mirantis-kubernetes-engine/\u{0}W\u{6}\u{0}\u{1}w\n\u{8}MirantisR\u{7}\u{0}\u{2}\
        W\n\u{3}\u{4}\u{12}\u{18}F\u{b}\u{4}\u{12},Z\u{b}\u{0}\u{1}B?\u{2}\u{2}x\n\tDocker EE\u{3}\u{4}\
        \u{18}\u{16}@\r\u{4}\u{18}(R\r\u{2}y\n\u{19}Docker Enterprise Edition\u{3}\u{4}\u{18},V\r\u{4}\u{18}\
        ^\u{1}H\u{e}\u{1}k\n\u{1}\u{2}t\u{2}\u{3}\u{4}\u{1c}\u{12}B\u{f}\u{4}\u{1c}@\u{1}p\u{f}\u{2}\t\u{2}e\
        \u{5}\u{3}\u{4} \u{16}^\u{10}\u{4} 0x\u{10}\u{2}z\n\u{1a}mirantis-kubernetes-engine\u{3}\u{4}\"\
        \u{1a}R\u{11}\u{4}\"N\u{1}F\u{12}\u{1}{\n,Mirantis acquired it in 2019 and renamed it.\t\u{2}K\u{5}\
        \u{3}\u{4}&\u{16}J\u{14}\u{4}&4h\u{14}\u{2}x\u{6}\u{3}\u{4}(\u{1a}B\u{15}\u{4}(.V\u{15}\u{1}|\nb\
        \u{1}Ships Kubernetes beside Swarm as a choice of orchestrator; Swarm-only clusters need no Kubernet\
        es.\u{2}}\n_\u{1}https://www.mirantis.com/company/press-center/company-news/mirantis-acquires-docker\
        -enterprise/~\n;https://thenewstack.io/mirantis-acquires-docker-enterprise/\u{1}\u{3}\u{4}.\u{6}L\
        \u{19}\u{4}2\u{2}P\u{1e}\u{1}\u{2}\u{7f}\n\n2019-11-13\u{3}\u{4}\u{14}$~\u{b}\u{4}\u{14}8R\u{c}\n\
        \u{3}\u{4}\u{10}\u{14}X\n\u{4}\u{10}*n\n\u{b}\u{2}G\u{7}\u{3}\u{4}2\u{16}d\u{1e}\u{4}2*x\u{1e}\u{8}@\
        \u{b}\u{5}envoyA\u{b}\u{1b}<built-in>/tools/envoy.yamlB\u{b}\u{5}Envoy\u{2}@\u{2}\u{3}\u{4}\u{6}\
        \u{16}h\u{2}\u{4}\u{6} r\u{2}\u{0}C\u{b}b\u{1}High-performance L7 proxy and communication bus design\
        ed for large service-oriented architectures.\u{0}D\u{b}\u{19}https://www.envoyproxy.io\u{1}E\u{b}#ht\
        tps://github.com/envoyproxy/envoyb\u{7}\u{1}F\u{b}\u{3}C++\u{1}G\u{b}!Cloud Native Computing Foundat\
        ionR\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{16}\u{18}@\u{c}\u{4}\u{16}$L\u{c}\u{1}~\t\u{1}@?\u{0}\u{2}w\
        \u{5}H\u{b}\u{4}lyft\u{3}\u{2}S\u{4}\u{3}\u{4}\u{1e}\u{12}|\r\u{4}\u{1e},V\u{e}\u{2}\\\u{3}\u{3}\
        \u{4}\u{1e}0Z\u{e}\u{4}\u{1e}L\u{1}v\u{e}\u{2}e\u{2}\u{3}\u{4}\u{1e}P\u{1}z\u{e}\u{4}\u{1e}p\u{1}Z\
        \u{f}\u{2}\t\u{2}A\u{5}\u{3}\u{4}\"\u{16}H\u{10}\u{4}\"*\\\u{10}\u{2}I\u{b}\u{7}sidecar\u{3}\u{4}$\
        \u{1a}v\u{10}\u{4}$(D\u{11}\u{0}\t\u{2}A\u{5}\u{3}\u{4}&\u{16}Z\u{11}\u{4}&*n\u{11}\u{2}u\u{7}\u{3}\
        \u{4}(\u{1a}H\u{12}\u{4}(8f\u{12}\u{0}\u{5}J\u{b}?https://www.envoyproxy.io/docs/envoy/latest/intro/\
        what_is_envoyE\u{b}K\u{b};https://github.com/cncf/landscape/blob/master/landscape.ymlL\u{b}5https://\
        github.com/envoyproxy/envoy/blob/main/LICENSEM\u{b}R\u{1}https://github.com/envoyproxy/envoy/blob/ma\
        in/docs/root/version_history/v1.0.0.rst\u{1}\u{3}\u{4},\u{6}~\u{12}\u{4}6\u{2}t\u{1c}\u{0}\r\u{3}\
        \u{4}\u{18}\u{e}Z\u{c}\u{4}\u{18} l\u{c}\u{3}\u{4}\u{14}\u{14}R\u{b}\u{4}\u{14}*h\u{b}\u{3}\u{4}\
        \u{c}\u{e}`\u{7}\u{4}\u{c}T\u{1}f\u{8}\u{b}\u{2}P\u{6}\u{3}\u{4}6\u{16}H\u{1d}\u{4}6*\\\u{1d}\u{8}N\
        \u{b}\u{f}error-reportingO\u{b}%<built-in>/tools/error-reporting.yamlP\u{b}\u{f}Error Reporting\u{2}\
        W\u{1}\u{3}\u{4}\u{6}\u{16}|\u{2}\u{4}\u{6}2X\u{3}\u{0}Q\u{b}{\u{1}Groups and counts application err\
        ors from Google Cloud logs and notifies on new ones. Formerly Stackdriver Error Reporting.\u{0}R\
        \u{b}(https://cloud.google.com/error-reporting\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\
        \u{4}\u{12}\u{18}V\u{b}\u{4}\u{12}$b\u{b}\u{0}\u{0}\u{1}\u{2}S\u{b}\u{1b}Stackdriver Error Reporting\
        \u{3}\u{4}\u{14}\u{16}x\u{b}\u{4}\u{14}L\u{1}n\u{c}\u{1}\\\u{6}\u{1}\u{2}W\u{1}\u{3}\u{4}\u{18}\
        \u{12}l\r\u{4}\u{18}.H\u{e}\u{2}\t\u{2}]\u{5}\u{3}\u{4}\u{1c}\u{16}v\u{e}\u{4}\u{1c}$D\u{f}\u{2}@\t\
        \u{3}\u{4}\u{1e}\u{1a}^\u{f}\u{4}\u{1e}N\u{1}R\u{10}\u{0}\t\u{2}f\u{4}\u{3}\u{4} \u{16}h\u{10}\u{4} \
        2D\u{11}\u{2}T\u{b}\u{6}sentry\u{3}\u{4}\"\u{1a}^\u{11}\u{4}\"&j\u{11}\u{0}\u{1}U\u{b}-https://cloud\
        .google.com/error-reporting/docs\u{1}\u{3}\u{4}&\u{6}B\u{12}\u{4}(\u{2}b\u{13}\u{0}\n\u{3}\u{4}\
        \u{10}\u{14}p\n\u{4}\u{10}\"~\n\u{b}\u{2}P\u{6}\u{3}\u{4}(\u{16}v\u{13}\u{4}(*J\u{14}\u{8}V\u{b}\
        \u{c}external-dnsW\u{b}\"<built-in>/tools/external-dns.yamlX\u{b}\u{b}ExternalDNS\u{2}T\u{1}\u{3}\
        \u{4}\u{6}\u{16}t\u{2}\u{4}\u{6}\u{1c}z\u{2}\u{0}Y\u{b}T\u{1}Creates DNS records in external DNS pro\
        viders for Kubernetes Services and Ingresses.\u{1}Z\u{b}\u{7f}\u{3}Started in kubernetes-incubator a\
        nd moved to kubernetes-sigs. At Mercari, creating an Ingress made\nExternalDNS register its name in \
        Cloud DNS. A Kubernetes SIG Network sub-project, so it shares\nKubernetes' CNCF status. First releas\
        e v0.1.0 in March 2017.\n[\u{b}/https://kubernetes-sigs.github.io/external-dns/\u{1}\\\u{b}/https://\
        github.com/kubernetes-sigs/external-dnsb\u{7}\u{1}c\u{7}\u{1}]\u{b}\u{16}Kubernetes SIG NetworkR\
        \u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}@\u{15}\u{4}\u{1e}$L\u{15}\u{1}~\t\u{1}B?\u{1}\u{2}V\u{b}\
        \u{3}\u{4}$\u{16}Z\u{16}\u{4}$.r\u{16}\u{1}x\u{6}\u{1}\u{2}G\u{3}\u{3}\u{4}(\u{12}l\u{17}\u{4}(0J\
        \u{18}\u{3}\t\u{2}R\u{5}\u{3}\u{4},\u{16}x\u{18}\u{4},$F\u{19}\u{2}J\u{8}\u{3}\u{4}.\u{1a}`\u{19}\
        \u{4}.,r\u{19}\u{0}\t\u{2}j\u{5}\u{3}\u{4}0\u{16}H\u{1a}\u{4}0\u{1e}P\u{1a}\u{2}^\u{b}\u{12}kubernet\
        es-ingress\u{3}\u{4}2\u{1a}j\u{1a}\u{4}2>N\u{1b}\u{1}_\u{b}1Reads hostnames from Ingress and Service\
         objects.\t\u{2}a\u{5}\u{3}\u{4}6\u{16}\\\u{1d}\u{4}6$j\u{1d}\u{2}x\u{6}\u{3}\u{4}8\u{1a}D\u{1e}\
        \u{4}8.X\u{1e}\u{0}\u{5}\\\u{b}[\u{b}`\u{b}F\u{1}https://github.com/kubernetes-sigs/external-dns/blo\
        b/master/LICENSE.mda\u{b}C\u{1}https://github.com/kubernetes-sigs/external-dns/releases/tag/v0.1.0b\
        \u{b}B\u{1}https://github.com/kubernetes-sigs/external-dns/blob/master/OWNERS\u{1}\u{3}\u{4}<\u{6}p\
        \u{1e}\u{4}F\u{1}\u{2}p(\u{0}\r\u{3}\u{4} \u{e}Z\u{15}\u{4}  l\u{15}\u{3}\u{4}\u{1c}\u{14}R\u{14}\
        \u{4}\u{1c}*h\u{14}\u{3}\u{4}\u{14}\u{e}`\u{10}\u{4}\u{14}l\u{1}~\u{11}\u{b}\u{2}P\u{6}\u{3}\u{4}F\
        \u{1}\u{16}D)\u{4}F\u{1}*X)\u{8}]\u{6}c\u{b}\u{19}<built-in>/tools/gke.yamld\u{b}\u{18}Google Kubern\
        etes Engine\u{2}f\u{1}\u{3}\u{4}\u{6}\u{16}N\u{3}\u{4}\u{6}:r\u{3}\u{0}e\u{b}\\\u{1}Google Cloud's m\
        anaged Kubernetes service; it was called Google Container Engine until 2017.\u{1}f\u{b}o\u{1}Alpha f\
        rom November 2014; generally available in 2015 (hence `since: 2015`, the year of general\navailabili\
        ty).\ng\u{b}+https://cloud.google.com/kubernetes-engine/\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\
        \u{6}\u{3}\u{4}\u{18}\u{18}@\u{f}\u{4}\u{18}$L\u{f}\u{0}\u{1}~>\u{2}\u{2}h\u{b}\u{17}Google Containe\
        r Engine\u{3}\u{4}\u{1c}\u{16}z\u{f}\u{4}\u{1c}D\u{1}h\u{10}\u{2}i\u{b}\u{3}GKE\u{3}\u{4}\u{1c}H\
        \u{1}l\u{10}\u{4}\u{1c}N\u{1}r\u{10}\u{2}x\u{6}\\\u{6}\u{3}\u{2}t\u{2}\u{3}\u{4} \u{12}H\u{12}\u{4} \
        @\u{1}v\u{12}\u{2}h\u{2}\u{3}\u{4} D\u{1}z\u{12}\u{4} j\u{1}`\u{13}\u{2}w\u{3}\u{3}\u{4} n\u{1}d\
        \u{13}\u{4} B\u{2}x\u{13}\u{3}\t\u{2}N\u{5}\u{3}\u{4}$\u{16}f\u{14}\u{4}$<L\u{15}\u{2}x\u{6}\u{3}\
        \u{4}&\u{1a}f\u{15}\u{4}&.z\u{15}\u{0}\t\u{2}j\u{5}\u{3}\u{4}(\u{16}P\u{16}\u{4}(\u{1e}X\u{16}\u{2}C\
        \u{7}\u{3}\u{4}*\u{1a}r\u{16}\u{4}*,D\u{17}\u{1}j\u{b}A\u{1}Cloud IAM grants access to clusters and \
        the projects they run in.\t\u{2}f\u{4}\u{3}\u{4}.\u{16}r\u{19}\u{4}.2N\u{1a}\u{2}p\u{6}\u{3}\u{4}0\
        \u{1a}h\u{1a}\u{4}00~\u{1a}\u{1}k\u{b}T\u{1}Both run containers for you; Fargate without a Kubernete\
        s control plane of your own.\u{3}l\u{b}S\u{1}https://cloud.google.com/kubernetes-engine/docs/concept\
        s/kubernetes-engine-overviewm\u{b}h\u{1}https://cloud.google.com/blog/products/gcp/introducing-certi\
        fied-kubernetes-and-google-kubernetes-enginen\u{b}>https://www.infoq.com/news/2015/10/google-contain\
        er-engine-ga/\u{1}\u{3}\u{4}6\u{6}X\u{1e}\u{4}<\u{2}d&\u{0}\n\u{3}\u{4}\u{16}\u{14}Z\u{e}\u{4}\u{16}\
        \"h\u{e}\u{b}\u{2}G\u{7}\u{3}\u{4}<\u{16}x&\u{4}<*L'\u{8}A\no\u{b}$<built-in>/tools/gke-node-pools.y\
        amlp\u{b}\u{e}GKE node pools\u{2}f\u{1}\u{3}\u{4}\u{6}\u{16}z\u{2}\u{4}\u{6}:^\u{3}\u{0}q\u{b}M\u{1}\
        Groups of nodes with one machine type and configuration inside a GKE cluster.\u{1}r\u{b}Q\u{7}Mercar\
        i ran n1-standard node pools and a high-memory pool for machine learning. The GKE panel\nsuggested s\
        plitting pools when machines differ and asked whether pools split by version could not\nsimply be up\
        graded blue-green (\u{30d6}\u{30eb}\u{30fc}\u{30b0}\u{30ea}\u{30fc}\u{30f3}\u{3059}\u{308c}\u{3070}\
        \u{3088}\u{3044}\u{306e}\u{3067}\u{306f}, \"why not blue-green?\"). GKE now offers\nblue-green as a \
        node pool upgrade strategy of its own, beside the default surge upgrades. Google\nannounced node poo\
        ls, generally available, on 26 May 2016.\ns\u{b}C\u{1}https://cloud.google.com/kubernetes-engine/doc\
        s/concepts/node-pools\u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}J\u{1a}\
        \u{4}\u{1e}$V\u{1a}\u{0}\u{1}@?\u{0}\u{2}x\u{6}\\\u{6}\u{1}\u{2}w\u{3}\u{3}\u{4}$\u{12}B\u{1c}\u{4}$\
        &V\u{1c}\u{2}\t\u{2}]\u{5}\u{3}\u{4}(\u{16}D\u{1d}\u{4}($R\u{1d}\u{2}]\u{6}\u{3}\u{4}*\u{1a}l\u{1d}\
        \u{4}* r\u{1d}\u{0}\t\u{2}j\u{5}\u{3}\u{4},\u{16}H\u{1e}\u{4},\u{1e}P\u{1e}\u{2}G\n\u{3}\u{4}.\u{1a}\
        j\u{1e}\u{4}.R\u{1}b\u{1f}\u{1}t\u{b}1Every node in a pool has the pool's machine type.\u{3}s\u{b}u\
        \u{b}]\u{1}https://cloud.google.com/blog/products/gcp/introducing-google-container-engine-gke-node-p\
        oolsv\u{b}U\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/node-pool-upgrade-strategie\
        s\u{1}\u{3}\u{4}4\u{6}r!\u{4}:\u{2}v)\u{0}\n\u{3}\u{4}\u{1c}\u{14}d\u{19}\u{4}\u{1c}\"r\u{19}\u{b}\
        \u{2}P\u{6}\u{3}\u{4}:\u{16}J*\u{4}:*^*\u{8}@\tw\u{b}0<built-in>/tools/google-cloud-observability.ya\
        mlx\u{b}\u{1a}Google Cloud Observability\u{2}l\u{1}\u{3}\u{4}\u{6}\u{16}R\u{3}\u{4}\u{6}*f\u{3}\u{2}\
        \u{2}c\u{1}\u{3}\u{4}\u{8}\u{1c}B\u{4}\u{4}\u{8}*P\u{4}\u{2}W\u{1}\u{3}\u{4}\u{8}.T\u{4}\u{4}\u{8}J\
        \u{1}p\u{4}y\u{b}W\u{1}Google Cloud's suite for logs, metrics, traces and error reports; formerly St\
        ackdriver.\u{1}z\u{b}s\u{1}Formerly Google Stackdriver; renamed Google Cloud's operations suite in 2\
        020 and Google Cloud\nObservability later.\n{\u{b}/https://cloud.google.com/products/observability\
        \u{0}W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1a}\u{18}F\u{10}\u{4}\u{1a}$R\u{10}\
        \u{0}\u{0}\u{2}\u{2}|\u{b}\u{1f}Google Cloud's operations suite\u{3}\u{4}\u{1c}\u{16}h\u{10}\u{4}\
        \u{1c}T\u{1}f\u{11}\u{2}}\u{b}\u{10}Cloud Operations\u{3}\u{4}\u{1c}X\u{1}j\u{11}\u{4}\u{1c}x\u{1}J\
        \u{12}\u{1}\\\u{6}\u{3}\u{2}_\u{3}\u{3}\u{4} \u{12}H\u{13}\u{4} .d\u{13}\u{2}h\u{3}\u{3}\u{4} 2h\
        \u{13}\u{4} V\u{1}L\u{14}\u{2}W\u{1}\u{3}\u{4} Z\u{1}P\u{14}\u{4} v\u{1}l\u{14}\u{1}\t\u{2}Z\u{5}\
        \u{3}\u{4}$\u{16}Z\u{15}\u{4}$&j\u{15}\u{2}]\u{6}\u{3}\u{4}&\u{1a}D\u{16}\u{4}& J\u{16}\u{0}\u{2}{\
        \u{b}~\u{b})https://cloud.google.com/stackdriver/docs\u{1}\u{3}\u{4}*\u{6}b\u{16}\u{4}.\u{2}b\u{19}\
        \u{0}\n\u{3}\u{4}\u{18}\u{14}`\u{f}\u{4}\u{18}\"n\u{f}\u{b}\u{2}\u{7f}\u{b}\n2026-11-27\u{3}\u{4}.\
        \u{16}v\u{19}\u{4}.*J\u{1a}\u{8}g\u{8}@\u{c}+<built-in>/tools/google-cloud-projects.yamlA\u{c}\u{15}\
        Google Cloud projects\u{2}]\u{1}\u{3}\u{4}\u{6}\u{16}H\u{3}\u{4}\u{6}4f\u{3}\u{0}B\u{c}w\u{1}The Goo\
        gle Cloud container for resources, billing and IAM policies; Mercari made one per service its unit o\
        f isolation.\u{1}C\u{c}h\u{2}Because Cloud IAM was coarse, Mercari created a GCP project per service\
         and assigned IAM there;\nwith its Terraform set-up, a script could create a new project at once.\nD\
        \u{c}I\u{1}https://cloud.google.com/resource-manager/docs/creating-managing-projects\u{0}W\u{6}\u{0}\
        \u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}T\u{12}\u{4}\u{18}$`\u{12}\u{0}\u{0}\u{3}\
        \u{2}E\u{c}\u{b}GCP project\u{3}\u{4}\u{1a}\u{16}v\u{12}\u{4}\u{1a},L\u{13}\u{2}F\u{c}\u{c}GCP proje\
        cts\u{3}\u{4}\u{1a}0P\u{13}\u{4}\u{1a}H\u{1}h\u{13}\u{2}G\u{c}\u{19}Resource Manager projects\u{3}\
        \u{4}\u{1a}L\u{1}l\u{13}\u{4}\u{1a}~\u{1}^\u{14}\u{2}\\\u{6}H\u{2}\u{2}\u{2}t\u{3}\u{3}\u{4}\u{1e}\
        \u{12}p\u{15}\u{4}\u{1e},J\u{16}\u{2}T\u{2}\u{3}\u{4}\u{1e}0N\u{16}\u{4}\u{1e}L\u{1}j\u{16}\u{0}\
        \u{3}D\u{c}H\u{c}P\u{1}https://cloud.google.com/resource-manager/docs/cloud-platform-resource-hierar\
        chyI\u{c}6https://cloud.google.com/sdk/gcloud/reference/projects\u{1}\u{3}\u{4}\"\u{6}D\u{17}\u{4}(\
        \u{2}|\u{1d}\u{0}\n\u{3}\u{4}\u{16}\u{14}n\u{11}\u{4}\u{16}\"|\u{11}\u{b}\u{2}P\u{6}\u{3}\u{4}(\
        \u{16}P\u{1e}\u{4}(*d\u{1e}\u{8}J\u{c}\u{7}gremlinK\u{c}\u{1d}<built-in>/tools/gremlin.yamlL\u{c}\
        \u{7}Gremlin\u{2}@\u{1}\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}8N\u{3}\u{0}M\u{c}`\u{1}Chaos engineerin\
        g platform, offered as a service, that injects failures through a web interface.\u{0}N\u{c}\u{18}htt\
        ps://www.gremlin.com/\u{0}W\u{6}\u{0}\u{1}L\u{c}p\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\u{18}f\t\u{4}\
        \u{12}$r\t\u{0}\u{1}B?\u{0}\u{1}p\u{7}\u{1}\u{2}K\u{3}\u{3}\u{4}\u{18}\u{12}v\n\u{4}\u{18}0T\u{b}\
        \u{2}\t\u{2}A\u{5}\u{3}\u{4}\u{1c}\u{16}B\u{c}\u{4}\u{1c}*V\u{c}\u{2}@\u{1}\u{3}\u{4}\u{1e}\u{1a}p\
        \u{c}\u{4}\u{1e}<R\r\u{0}\t\u{2}f\u{4}\u{3}\u{4} \u{16}h\r\u{4} 2D\u{e}\u{2}[\u{7}\u{3}\u{4}\"\u{1a}\
        ^\u{e}\u{4}\"2v\u{e}\u{0}\u{3}O\u{c})https://www.gremlin.com/chaos-engineeringP\u{c}=https://www.inf\
        oq.com/news/2018/01/gremlin-chaos-engineering/Q\u{c}5https://www.infoq.com/podcasts/Kolton-Andrus-gr\
        emlin/\u{1}\u{3}\u{4}&\u{6}N\u{f}\u{4},\u{2}^\u{14}\u{0}\n\u{3}\u{4}\u{10}\u{14}F\t\u{4}\u{10}\u{1c}\
        N\t\u{b}\u{2}\u{7f}\u{b}\u{3}\u{4},\u{16}r\u{14}\u{4},*F\u{15}\u{8}R\u{c}\u{4}grpcS\u{c}\u{1a}<built\
        -in>/tools/grpc.yamlT\u{c}\u{4}gRPC\u{2}C\u{2}\u{3}\u{4}\u{6}\u{16}f\u{2}\u{4}\u{6}\u{1c}l\u{2}\u{0}\
        U\u{c}{\u{1}High-performance RPC framework that uses HTTP/2 and Protocol Buffers, with generated cli\
        ents and servers in many languages.\u{1}V\u{c}e\u{2}Its LICENSE file adds BSD 3-Clause and Mozilla P\
        ublic License 2.0 terms for parts of the repository\nbeside Apache 2.0. Google open-sourced gRPC on \
        26 February 2015.\nW\u{c}\u{f}https://grpc.io\u{1}X\u{c}\u{1c}https://github.com/grpc/grpcY\u{c}'Apa\
        che-2.0 AND BSD-3-Clause AND MPL-2.0\u{1}F\u{b}\u{1}G\u{b}Z\u{c}\u{7}library\u{0}\u{2}H\u{6}\u{3}\
        \u{4}\u{1c}\u{18}l\u{12}\u{4}\u{1c}$x\u{12}\u{1}[\u{c}\nincubating\u{1}~>\u{0}\u{2}w\u{5}S\u{7}\u{2}\
        \u{2}C\u{2}\u{3}\u{4}$\u{12}n\u{14}\u{4}$\u{18}t\u{14}\u{2}k\u{2}\u{3}\u{4}$\u{1c}x\u{14}\u{4}$:V\
        \u{15}\u{2}\t\u{2}j\u{5}\u{3}\u{4}(\u{16}D\u{16}\u{4}(\u{1e}L\u{16}\u{2}\\\u{c}\u{10}protocol-buffer\
        s\u{3}\u{4}*\u{1a}f\u{16}\u{4}*:F\u{17}\u{1}]\u{c}N\u{1}Protocol Buffers is the default interface de\
        finition language and wire format.\t\u{2}K\u{5}\u{3}\u{4}.\u{16}N\u{1a}\u{4}.4l\u{1a}\u{2}@\u{b}\
        \u{3}\u{4}0\u{1a}F\u{1b}\u{4}0$P\u{1b}\u{1}^\u{c}J\u{1}Envoy proxies and load-balances gRPC natively\
         and can bridge gRPC to JSON.\u{6}_\u{c}\u{16}https://grpc.io/about/X\u{c}`\u{c}T\u{1}https://www.en\
        voyproxy.io/docs/envoy/latest/intro/arch_overview/other_protocols/grpcK\u{b}a\u{c}0https://github.co\
        m/grpc/grpc/blob/master/LICENSEb\u{c}U\u{1}https://opensource.googleblog.com/2015/02/introducing-grp\
        c-new-open-source-http2.html\u{1}\u{3}\u{4}6\u{6}R\u{1e}\u{4}B\u{1}\u{2}V)\u{0}\r\u{3}\u{4}\u{1e}\
        \u{e}F\u{13}\u{4}\u{1e}\"Z\u{13}\u{3}\u{4}\u{1a}\u{14}F\u{12}\u{4}\u{1a}\"T\u{12}\u{3}\u{4}\u{12}\
        \u{e}h\r\u{4}\u{12}F\u{1}`\u{e}\u{b}\u{2}P\u{6}\u{3}\u{4}B\u{1}\u{16}j)\u{4}B\u{1}*~)\u{8}c\u{c}\
        \u{7}halyardd\u{c}\u{1d}<built-in>/tools/halyard.yamle\u{c}\u{7}Halyard\u{2}9\u{3}\u{4}\u{6}\u{16}l\
        \u{2}\u{4}\u{6}\u{1a}p\u{2}\u{0}f\u{c}z\u{1}Command-line tool (hal) that installed, configured and u\
        pgraded Spinnaker; deprecated in favour of Kustomize and archived.\u{1}g\u{c}h\u{6}Spinnaker depreca\
        ted Halyard in favour of installing with Kustomize (spinnaker-kustomize, now a\ndirectory of the spi\
        nnaker/spinnaker monorepo). The halyard repository's history ends in April 2025,\nwhen its code move\
        d into the monorepo; the monorepo removed Halyard in July 2026. The GKE panel in\n2018 noted that in\
        stalling with hal at least shows some error logs, though reading them takes\nsomeone who can read Ja\
        va errors.\nh\u{c}0https://spinnaker.io/docs/setup/install/halyard/\u{1}i\u{c}$https://github.com/sp\
        innaker/halyardb\u{7}\u{1}j\u{c}\u{4}Java\u{1}k\u{c}\u{1e}Continuous Delivery FoundationR\u{7}\u{0}\
        \u{2}l\u{c}\u{8}archived\u{3}\u{4}\"\u{18}`\u{1b}\u{4}\"(p\u{1b}\u{0}\u{1}B?\u{1}\u{2}m\u{c}\u{3}hal\
        \u{3}\u{4}&\u{16}^\u{1c}\u{4}&\u{1c}d\u{1c}\u{1}n\u{c}\tspinnaker\u{1}\u{2}Y\u{3}\u{3}\u{4}*\u{12}\\\
        \u{1d}\u{4}*$n\u{1d}\u{1}\t\u{2}R\u{5}\u{3}\u{4}.\u{16}\\\u{1e}\u{4}.$j\u{1e}\u{2}n\u{c}\u{3}\u{4}0\
        \u{1a}D\u{1f}\u{4}0,V\u{1f}\u{0}\nh\u{c}i\u{c}o\u{c}<https://github.com/spinnaker/halyard/blob/maste\
        r/LICENSE.txtp\u{c}(https://spinnaker.io/docs/setup/install/q\u{c}0https://github.com/spinnaker/spin\
        naker/pull/7865r\u{c}D\u{1}https://github.com/spinnaker/spinnaker/tree/main/spinnaker-kustomizes\
        \u{c}0https://github.com/spinnaker/spinnaker/pull/2028K\u{b}t\u{c}8http://blog.armory.io/spinnaker-1\
        -0-launch-party-meetup/u\u{c}[\u{1}https://github.com/spinnaker/spinnaker.github.io/blob/master/_cha\
        ngelogs/1.0.0-changelog.md\u{1}\u{3}\u{4}4\u{6}n\u{1f}\u{4}H\u{1}\u{2}b2\u{0}\u{c}\u{3}\u{4} \u{14}r\
        \u{1a}\u{4} *H\u{1b}\u{3}\u{4}\u{18}\u{e}B\u{17}\u{4}\u{18}V\u{1}J\u{18}\u{b}\u{2}\u{7f}\u{b}\u{3}\
        \u{4}H\u{1}\u{16}v2\u{4}H\u{1}*J3\u{8}v\u{c}\nheptio-arkw\u{c} <built-in>/tools/heptio-ark.yamlx\
        \u{c}\nHeptio Ark\u{2}3\u{3}\u{4}\u{6}\u{16}r\u{2}\u{4}\u{6}\"~\u{2}\u{0}y\u{c}b\u{1}Backup and rest\
        ore of Kubernetes cluster resources and persistent volumes; renamed Velero in 2019.\u{0}z\u{c}\u{1e}\
        https://velero.io/docs/v0.6.0/\u{1}{\u{c}#https://github.com/velero-io/velerob\u{7}\u{1}c\u{7}\u{1}|\
        \u{c}\u{6}HeptioR\u{7}\u{0}\u{2}W\n\u{3}\u{4}\u{16}\u{18}b\u{b}\u{4}\u{16},v\u{b}\u{0}\u{1}B?\u{1}\
        \u{2}}\u{c}\u{3}ark\u{3}\u{4}\u{1c}\u{16}\\\r\u{4}\u{1c}\u{1c}b\r\u{2}x\u{6}~\u{c}\u{6}heptio\u{2}\
        \u{2}\\\u{4}\u{3}\u{4} \u{12}l\u{e}\u{4} ,F\u{f}\u{2}A\u{3}\u{3}\u{4} 0J\u{f}\u{4} R\u{1}l\u{f}\u{4}\
        \t\u{2}e\u{5}\u{3}\u{4}$\u{16}Z\u{10}\u{4}$0t\u{10}\u{2}\u{7f}\u{c}\u{6}velero\u{3}\u{4}&\u{1a}N\
        \u{11}\u{4}&&Z\u{11}\u{1}@\r)Renamed Velero with version 0.11 in 2019.\t\u{2}r\u{4}\u{3}\u{4}*\u{16}\
        X\u{13}\u{4}*,n\u{13}\u{2}B\t\u{3}\u{4},\u{1a}H\u{14}\u{4},4b\u{14}\u{0}\t\u{2}m\u{4}\u{3}\u{4}.\
        \u{16}x\u{14}\u{4}.&H\u{15}\u{2}x\u{6}\u{3}\u{4}0\u{1a}b\u{15}\u{4}0.v\u{15}\u{1}A\r2Backs up cluste\
        r resources and persistent volumes.\t\u{2}a\u{5}\u{3}\u{4}4\u{16}F\u{18}\u{4}4$T\u{18}\u{2}x\u{6}\
        \u{3}\u{4}6\u{1a}n\u{18}\u{4}6.B\u{19}\u{0}\u{6}z\u{c}{\u{c}B\r\u{1c}https://velero.io/docs/main/C\r\
        J\u{1}https://github.com/velero-io/velero/blob/main/changelogs/CHANGELOG-0.11.mdD\rQ\u{1}https://git\
        hub.com/velero-io/velero/blob/main/site/content/docs/v0.10.0/_index.mdE\r8https://github.com/velero-\
        io/velero/releases/tag/v0.10.2\u{1}\u{3}\u{4}:\u{6}Z\u{19}\u{4}F\u{1}\u{2}r#\u{1}\u{2}F\r\n2019-02-2\
        8\u{3}\u{4}\u{18}$Z\u{c}\u{4}\u{18}8n\u{c}\u{c}\u{3}\u{4}\u{14}\u{14}t\n\u{4}\u{14}*J\u{b}\u{3}\u{4}\
        \u{c}\u{e}z\u{7}\u{4}\u{c}T\u{1}@\t\u{b}\u{2}P\u{6}\u{3}\u{4}F\u{1}\u{16}F$\u{4}F\u{1}*Z$\u{8}G\r\
        \u{19}horizontal-pod-autoscalerH\r/<built-in>/tools/horizontal-pod-autoscaler.yamlI\r\u{19}Horizonta\
        l Pod Autoscaler\u{2}/\u{3}\u{4}\u{6}\u{16}P\u{3}\u{4}\u{6},f\u{3}\u{0}J\re\u{1}Kubernetes controlle\
        r that changes the replica count of a workload from observed metrics such as CPU.\u{0}K\rJ\u{1}https\
        ://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/\u{1}L\r(https://github.com/kub\
        ernetes/kubernetesb\u{7}\u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{16}\u{18}d\u{e}\
        \u{4}\u{16}$p\u{e}\u{1}~\t\u{1}~>\u{1}\u{2}M\r\u{3}HPA\u{3}\u{4}\u{1c}\u{16}~\u{f}\u{4}\u{1c}\u{1c}D\
        \u{10}\u{1}x\u{6}\u{1}\u{2}~\u{3}\u{3}\u{4} \u{12}~\u{10}\u{4} 0\\\u{11}\u{1}\t\u{2}]\u{5}\u{3}\u{4}\
        $\u{16}J\u{12}\u{4}$$X\u{12}\u{2}x\u{6}\u{3}\u{4}&\u{1a}r\u{12}\u{4}&.F\u{13}\u{0}\u{6}L\rK\rK\u{b}N\
        \r<https://github.com/kubernetes/kubernetes/blob/master/LICENSEO\r5https://github.com/kubernetes/kub\
        ernetes/milestone/13P\r<https://github.com/kubernetes/kubernetes/releases/tag/v1.1.1\u{1}\u{3}\u{4}*\
        \u{6}^\u{13}\u{4}6\u{2}J\u{1f}\u{0}\r\u{3}\u{4}\u{18}\u{e}~\u{e}\u{4}\u{18} P\u{f}\u{3}\u{4}\u{14}\
        \u{14}v\r\u{4}\u{14}*L\u{e}\u{3}\u{4}\u{c}\u{e}|\t\u{4}\u{c}^\u{1}L\u{b}\u{b}\u{2}P\u{6}\u{3}\u{4}6\
        \u{16}^\u{1f}\u{4}6*r\u{1f}\u{8}T\u{3}Q\r,<built-in>/tools/infrastructure-as-code.yamlU\u{3}\u{2}{\
        \u{1}\u{3}\u{4}\u{6}\u{16}J\u{3}\u{4}\u{6}(\\\u{3}\u{0}R\r^\u{1}Defines infrastructure in source fil\
        es that are versioned, reviewed and applied automatically.\u{0}S\r8https://martinfowler.com/bliki/In\
        frastructureAsCode.html\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{10}\u{18}J\n\u{4}\
        \u{10}$V\n\u{0}\u{0}\u{1}\u{2}T\r\u{3}IaC\u{3}\u{4}\u{e}\u{16}j\t\u{4}\u{e}\u{1c}p\t\u{0}\u{1}\u{2}T\
        \u{3}\u{3}\u{4}\u{12}\u{12}h\n\u{4}\u{12}>T\u{b}\u{0}\u{1}S\r\u{1}\u{3}\u{4}\u{16}\u{6}n\u{b}\u{4}\
        \u{18}\u{2}d\r\u{0}\n\u{3}\u{4}\u{c}\u{14}F\t\u{4}\u{c}\"T\t\u{b}\u{2}G\u{7}\u{3}\u{4}\u{18}\u{16}x\
        \r\u{4}\u{18}*L\u{e}\u{8}U\r\u{b}ingress-gceV\r!<built-in>/tools/ingress-gce.yamlW\r\u{16}GKE Ingres\
        s controller\u{2}`\u{1}\u{3}\u{4}\u{6}\u{16}J\u{3}\u{4}\u{6}$X\u{3}\u{0}X\rf\u{1}Ingress controller \
        that turns Kubernetes Ingress objects into Google Cloud Application Load Balancers.\u{1}Y\rh\u{4}Dev\
        eloped in the kubernetes organisation, so it shares Kubernetes' CNCF status; the Kubernetes\ndocumen\
        tation names it one of the two Ingress controllers the project supports and maintains.\nGoogle runs \
        it for GKE clusters, where an Ingress gets a classic or an internal Application Load\nBalancer.\nZ\r\
        @\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/ingress\u{1}[\r)https://github.com/ku\
        bernetes/ingress-gceb\u{7}\u{1}c\u{7}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{16}\u{18}T\r\u{4}\
        \u{16}$`\r\u{1}~\t\u{0}\u{2}\u{2}\\\r\u{4}GLBC\u{3}\u{4}$\u{16}T\u{18}\u{4}$\u{1e}\\\u{18}\u{2}]\r\
        \u{b}GCE Ingress\u{3}\u{4}$\"`\u{18}\u{4}$8v\u{18}\u{2}x\u{6}\\\u{6}\u{2}\u{2}`\u{1}\u{3}\u{4}(\
        \u{12}L\u{1a}\u{4}( Z\u{1a}\u{2}\\\u{3}\u{3}\u{4}($^\u{1a}\u{4}(@\u{1}z\u{1a}\u{4}\t\u{2}j\u{5}\u{3}\
        \u{4},\u{16}h\u{1b}\u{4},\u{1e}p\u{1b}\u{2}^\u{b}\u{3}\u{4}.\u{1a}J\u{1c}\u{4}.>n\u{1c}\u{1}^\r=Watc\
        hes Ingress objects and creates a load balancer for each.\t\u{2}R\u{5}\u{3}\u{4}2\u{16}T\u{1f}\u{4}2\
        $b\u{1f}\u{2}l\u{8}\u{3}\u{4}4\u{1a}|\u{1f}\u{4}4B\u{1}d \u{0}\t\u{2}]\u{5}\u{3}\u{4}6\u{16}z \u{4}6\
        $H!\u{2}]\u{6}\u{3}\u{4}8\u{1a}b!\u{4}8 h!\u{0}\t\u{2}j\u{5}\u{3}\u{4}:\u{16}~!\u{4}:\u{1e}F\"\u{2}_\
        \r\u{f}readiness-probe\u{3}\u{4}<\u{1a}`\"\u{4}<8~\"\u{1}`\rS\u{1}Derives the load balancer's health\
         check from a pod's readiness probe, else GETs /.\t[\ra\rF\u{1}https://github.com/kubernetes/ingress\
        -gce/blob/master/cmd/glbc/main.goZ\rb\rN\u{1}https://cloud.google.com/kubernetes-engine/docs/concept\
        s/ingress#health_checksc\rU\u{1}https://cloud.google.com/kubernetes-engine/docs/troubleshooting/ingr\
        ess-health-checksd\r?https://github.com/kubernetes/ingress-gce/blob/master/README.mde\rE\u{1}https:/\
        /github.com/kubernetes/ingress-gce/blob/master/docs/faq/gce.mdf\r=https://github.com/kubernetes/ingr\
        ess-gce/blob/master/LICENSEg\rL\u{1}https://kubernetes.io/docs/concepts/services-networking/ingress-\
        controllers/\u{1}\u{3}\u{4}B\u{1}\u{6}V&\u{4}T\u{1}\u{2}j:\u{0}\r\u{3}\u{4}\u{18}\u{e}n\r\u{4}\u{18}\
         @\u{e}\u{3}\u{4}\u{14}\u{14}n\u{c}\u{4}\u{14}\"|\u{c}\u{3}\u{4}\u{c}\u{e}\\\t\u{4}\u{c}`\u{1}n\n\
        \u{b}\u{2}P\u{6}\u{3}\u{4}T\u{1}\u{16}~:\u{4}T\u{1}*R;\u{8}h\r\u{5}istioi\r\u{1b}<built-in>/tools/is\
        tio.yamlj\r\u{5}Istio\u{2}N\u{2}\u{3}\u{4}\u{6}\u{16}h\u{2}\u{4}\u{6}.@\u{3}\u{0}k\r}\u{1}Service me\
        sh that adds traffic management, mutual TLS and telemetry through Envoy sidecars or, in ambient mode\
        , without them.\u{1}l\rw\u{5}Mercari wrote its API gateway from scratch in pure Go, wanting to avoid\
         tool dependencies because it\nintended to use a service mesh, Istio; no panel member ran Istio in p\
        roduction in April 2018.\nAmbient mode, which Istio now recommends to new users, replaces sidecars w\
        ith a per-node proxy\n(ztunnel) and optional Envoy waypoint proxies; sidecar mode remains fully supp\
        orted.\nm\r\u{11}https://istio.io/\u{1}n\r\u{1e}https://github.com/istio/istiob\u{7}\u{1}c\u{7}\u{1}\
        G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4} \u{18}D\u{19}\u{4} $P\u{19}\u{1}~\t\u{1}B?\u{0}\u{3}w\u{5}S\
        \u{7}x\u{6}\u{5}\u{2}N\u{2}\u{3}\u{4}(\u{12}\\\u{1b}\u{4}(*t\u{1b}\u{2}k\u{3}\u{3}\u{4}(.x\u{1b}\
        \u{4}(6@\u{1c}\u{2}V\u{4}\u{3}\u{4}(:D\u{1c}\u{4}(\\\u{1}f\u{1c}\u{2}e\u{2}\u{3}\u{4}(`\u{1}j\u{1c}\
        \u{4}(@\u{2}J\u{1d}\u{2}_\u{2}\u{3}\u{4}(D\u{2}N\u{1d}\u{4}(`\u{2}j\u{1d}\u{5}\t\u{2}j\u{5}\u{3}\
        \u{4},\u{16}X\u{1e}\u{4},\u{1e}`\u{1e}\u{2}@\u{b}\u{3}\u{4}.\u{1a}z\u{1e}\u{4}.$D\u{1f}\u{1}o\r\"Env\
        oy is Istio's data-plane proxy.\t\u{2}a\u{5}\u{3}\u{4}2\u{16}t \u{4}2$B!\u{2}x\u{6}\u{3}\u{4}4\u{1a}\
        \\!\u{4}4.p!\u{0}\t\u{2}A\u{5}\u{3}\u{4}6\u{16}F\"\u{4}6*Z\"\u{2}I\u{b}\u{3}\u{4}8\u{1a}t\"\u{4}8(B#\
        \u{0}\t\u{2}A\u{5}\u{3}\u{4}:\u{16}X#\u{4}:*l#\u{2}u\u{7}\u{3}\u{4}<\u{1a}F$\u{4}<8d$\u{0}\t\u{2}A\
        \u{5}\u{3}\u{4}>\u{16}z$\u{4}>*N%\u{2}_\u{2}\u{3}\u{4}@\u{1}\u{1a}h%\u{4}@\u{1}6D&\u{0}\u{8}p\r4http\
        s://istio.io/latest/docs/overview/what-is-istio/n\rK\u{b}q\r2https://github.com/istio/istio/blob/mas\
        ter/LICENSEr\r2https://istio.io/v0.1/docs/reference/release-notess\r.https://istio.io/latest/docs/am\
        bient/overview/t\r1https://istio.io/latest/docs/overview/quickstart/u\r1https://github.com/istio/ist\
        io/releases/tag/0.1.0\u{1}\u{3}\u{4}D\u{1}\u{6}\\&\u{4}T\u{1}\u{2}j3\u{0}\r\u{3}\u{4}\"\u{e}^\u{19}\
        \u{4}\" p\u{19}\u{3}\u{4}\u{1e}\u{14}V\u{18}\u{4}\u{1e}*l\u{18}\u{3}\u{4}\u{16}\u{e}p\u{14}\u{4}\
        \u{16}J\u{1}l\u{15}\u{b}\u{2}P\u{6}\u{3}\u{4}T\u{1}\u{16}~3\u{4}T\u{1}*R4\u{8}r\u{7}v\r\u{1d}<built-\
        in>/tools/jenkins.yamlw\r\u{7}Jenkins\u{2}D\u{1}\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}\u{1a}p\u{2}\
        \u{0}x\rj\u{1}Open-source automation server for building, testing and deploying software, with a lar\
        ge plugin ecosystem.\u{1}y\ra\u{1}First released as Hudson on java.net in 2005; the community rename\
        d the project Jenkins in 2011.\nz\r\u{17}https://www.jenkins.io/\u{1}{\r$https://github.com/jenkinsc\
        i/jenkins|\r\u{3}MIT\u{1}j\u{c}\u{1}k\u{c}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1a}\u{18}^\u{f}\u{4}\
        \u{1a}$j\u{f}\u{0}\u{1}j>\u{0}\u{1}D\u{1}\u{2}\u{2}y\u{2}\u{3}\u{4} \u{12}j\u{10}\u{4} >V\u{11}\u{2}\
        w\u{2}\u{3}\u{4} B\u{1}Z\u{11}\u{4} h\u{1}@\u{12}\u{1}\t\u{2}w\u{4}\u{3}\u{4}$\u{16}n\u{12}\u{4}$*B\
        \u{13}\u{2}x\u{6}\u{3}\u{4}&\u{1a}\\\u{13}\u{4}&.p\u{13}\u{0}\u{4}}\r\u{1b}https://www.jenkins.io/do\
        c/{\r~\r<https://github.com/jenkinsci/jenkins/blob/master/LICENSE.txtK\u{b}\u{1}\u{3}\u{4}*\u{6}H\
        \u{14}\u{4}2\u{2}X\u{1a}\u{0}\u{c}\u{3}\u{4}\u{18}\u{14}p\u{e}\u{4}\u{18}*F\u{f}\u{3}\u{4}\u{10}\
        \u{e}N\u{b}\u{4}\u{10}V\u{1}V\u{c}\u{b}\u{2}G\u{7}\u{3}\u{4}2\u{16}l\u{1a}\u{4}2*@\u{1b}\u{8}\u{7f}\
        \r\tjenkins-x@\u{e}\u{1f}<built-in>/tools/jenkins-x.yamlA\u{e}\u{5}JayeX\u{2}9\u{3}\u{4}\u{6}\u{16}h\
        \u{2}\u{4}\u{6}\u{1a}l\u{2}\u{0}B\u{e}a\u{1}CI/CD for Kubernetes with GitOps promotion and preview e\
        nvironments; called Jenkins X until 2026.\u{1}C\u{e}|\u{3}Released as Jenkins X in 2018; the project\
         renamed itself JayeX, with its site at jayex.io, in June\n2026 (jenkins-x/jx commit 635d141a6 on ma\
        in). The repository and the `jx` command keep their names,\nand the CNCF landscape still lists it as\
         Jenkins X.\nD\u{e}\u{11}https://jayex.io/\u{1}E\u{e}\u{1f}https://github.com/jenkins-x/jxb\u{7}\
        \u{1}c\u{7}\u{1}k\u{c}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}~\u{13}\u{4}\u{1e}$J\u{14}\u{0}\
        \u{1}D?\u{3}\u{2}F\u{e}\tJenkins X\u{3}\u{4}\"\u{16}x\u{14}\u{4}\"(J\u{15}\u{2}G\u{e}\u{8}JenkinsX\
        \u{3}\u{4}\",N\u{15}\u{4}\"<^\u{15}\u{2}H\u{e}\u{2}jx\u{3}\u{4}\"@\u{1}b\u{15}\u{4}\"D\u{1}f\u{15}\
        \u{2}x\u{6}I\u{e}\u{6}gitops\u{2}\u{2}y\u{2}\u{3}\u{4}&\u{12}p\u{16}\u{4}&>\\\u{17}\u{2}w\u{2}\u{3}\
        \u{4}&B\u{1}`\u{17}\u{4}&h\u{1}F\u{18}\u{3}\t\u{2}a\u{5}\u{3}\u{4}*\u{16}t\u{18}\u{4}*$B\u{19}\u{2}x\
        \u{6}\u{3}\u{4},\u{1a}\\\u{19}\u{4},.p\u{19}\u{0}\t\u{2}w\u{4}\u{3}\u{4}.\u{16}F\u{1a}\u{4}.*Z\u{1a}\
        \u{2}x\u{6}\u{3}\u{4}0\u{1a}t\u{1a}\u{4}0.H\u{1b}\u{0}\t\u{2}F\u{5}\u{3}\u{4}2\u{16}^\u{1b}\u{4}2,t\
        \u{1b}\u{2}r\u{7}\u{3}\u{4}4\u{1a}N\u{1c}\u{4}4(\\\u{1c}\u{1}J\u{e}D\u{1}Began as Jenkins on Kuberne\
        tes; later versions run Tekton pipelines.\u{6}D\u{e}K\u{e}3https://github.com/jenkins-x/jx/blob/main\
        /README.mdL\u{e}5https://github.com/jenkins-x/jx/blob/main/SECURITY.mdE\u{e}M\u{e}1https://github.co\
        m/jenkins-x/jx/blob/main/LICENSEK\u{b}\u{1}\u{3}\u{4}:\u{6}V\u{1f}\u{4}F\u{1}\u{2}V(\u{0}\u{c}\u{3}\
        \u{4}\u{1c}\u{14}P\u{13}\u{4}\u{1c}*f\u{13}\u{3}\u{4}\u{14}\u{e}n\u{f}\u{4}\u{14}L\u{1}l\u{10}\u{b}\
        \u{2}P\u{6}\u{3}\u{4}F\u{1}\u{16}j(\u{4}F\u{1}*~(\u{8}N\u{e}\u{7}kayentaO\u{e}\u{1d}<built-in>/tools\
        /kayenta.yamlP\u{e}\u{7}Kayenta\u{2}9\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}\u{1a}p\u{2}\u{0}Q\u{e}M\
        \u{1}Automated canary analysis service for Spinnaker, built by Netflix and Google.\u{1}R\u{e}d\u{2}D\
        eveloped in its own repository (spinnaker/kayenta) until Spinnaker consolidated its services into\nt\
        he spinnaker/spinnaker monorepo, where it lives under kayenta/.\nS\u{e}-https://spinnaker.io/docs/gu\
        ides/user/canary/\u{1}T\u{e}&https://github.com/spinnaker/spinnakerb\u{7}\u{1}j\u{c}\u{1}k\u{c}R\
        \u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}l\u{11}\u{4}\u{1c}$x\u{11}\u{0}\u{1}D?\u{0}\u{3}e\u{7}S\
        \u{7}n\u{c}\u{2}\u{2}Y\u{2}\u{3}\u{4}\"\u{12}h\u{13}\u{4}\"D\u{1}Z\u{14}\u{2}_\u{2}\u{3}\u{4}\"H\
        \u{1}^\u{14}\u{4}\"d\u{1}z\u{14}\u{4}\t\u{2}]\u{5}\u{3}\u{4}&\u{16}h\u{15}\u{4}&$v\u{15}\u{2}n\u{c}\
        \u{3}\u{4}(\u{1a}P\u{16}\u{4}(,b\u{16}\u{0}\t\u{2}A\u{5}\u{3}\u{4}*\u{16}x\u{16}\u{4}**L\u{17}\u{2}Y\
        \u{2}\u{3}\u{4},\u{1a}f\u{17}\u{4},L\u{1}X\u{18}\u{0}\t\u{2}j\u{5}\u{3}\u{4}.\u{16}n\u{18}\u{4}.\
        \u{1e}v\u{18}\u{2}K\t\u{3}\u{4}0\u{1a}P\u{19}\u{4}0(^\u{19}\u{1}U\u{e}\"Reads canary metrics from Da\
        tadog.\t\u{2}j\u{5}\u{3}\u{4}4\u{16}N\u{1b}\u{4}4\u{1e}V\u{1b}\u{2}E\t\u{3}\u{4}6\u{1a}p\u{1b}\u{4}6\
        :P\u{1c}\u{1}V\u{e}9Reads canary metrics from Cloud Monitoring (Stackdriver).\u{7}o\u{6}W\u{e}8https\
        ://github.com/spinnaker/spinnaker/tree/main/kayentaX\u{e}H\u{1}https://github.com/spinnaker/spinnake\
        r/blob/main/kayenta/settings.gradleY\u{e}C\u{1}https://github.com/spinnaker/governance/blob/master/r\
        fc/monorepo.mdZ\u{e}8https://github.com/spinnaker/spinnaker/blob/main/LICENSEK\u{b}[\u{e}}\u{1}https\
        ://cloud.google.com/blog/products/gcp/introducing-kayenta-an-open-automated-canary-analysis-tool-fro\
        m-google-and-netflix\u{1}\u{3}\u{4}<\u{6}p\u{1e}\u{4}J\u{1}\u{2}L0\u{0}\u{c}\u{3}\u{4}\u{1a}\u{14}~\
        \u{10}\u{4}\u{1a}*T\u{11}\u{3}\u{4}\u{12}\u{e}J\r\u{4}\u{12}Z\u{1}V\u{e}\u{b}\u{2}P\u{6}\u{3}\u{4}J\
        \u{1}\u{16}`0\u{4}J\u{1}*t0\u{8}\\\u{e}\u{7}kubectl]\u{e}\u{1d}<built-in>/tools/kubectl.yaml\\\u{e}\
        \u{2}v\u{1}\u{3}\u{4}\u{6}\u{16}l\u{2}\u{4}\u{6}0F\u{3}\u{0}^\u{e}c\u{1}Kubernetes' command-line cli\
        ent, which reads and changes objects through the Kubernetes API server.\u{1}_\u{e}e\u{3}Developed in\
         the Kubernetes repository (staging/src/k8s.io/kubectl) and published to\nkubernetes/kubectl, which \
        is also its issue tracker. On security, the GKE panel called taking away\nthe ability to run kubectl\
         the bare minimum.\n`\u{e}-https://kubernetes.io/docs/reference/kubectl/\u{1}L\rb\u{7}\u{1}c\u{7}\
        \u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}z\u{14}\u{4}\u{1e}$F\u{15}\u{1}~\t\u{0}\u{1}\
        \u{2}a\u{e}\u{b}kubectl CLI\u{3}\u{4}\"\u{16}|\u{15}\u{4}\",R\u{16}\u{2}x\u{6}w\u{5}\u{1}\u{2}n\u{2}\
        \u{3}\u{4}&\u{12}X\u{17}\u{4}&8~\u{17}\u{2}\t\u{2}]\u{5}\u{3}\u{4}*\u{16}l\u{18}\u{4}*$z\u{18}\u{2}x\
        \u{6}\u{3}\u{4},\u{1a}T\u{19}\u{4},.h\u{19}\u{0}\t\u{2}R\u{5}\u{3}\u{4}.\u{16}~\u{19}\u{4}.$L\u{1a}\
        \u{2}x\u{6}\u{3}\u{4}0\u{1a}f\u{1a}\u{4}0.z\u{1a}\u{1}b\u{e}<Creates, changes and deletes objects th\
        rough the API server.\u{6}`\u{e}c\u{e}%https://github.com/kubernetes/kubectld\u{e};https://github.co\
        m/kubernetes/kubectl/blob/master/README.mdL\rK\u{b}N\r\u{1}\u{3}\u{4}6\u{6}`\u{1d}\u{4}B\u{1}\u{2}p'\
        \u{0}\r\u{3}\u{4} \u{e}T\u{15}\u{4}  f\u{15}\u{3}\u{4}\u{1c}\u{14}L\u{14}\u{4}\u{1c}*b\u{14}\u{3}\
        \u{4}\u{14}\u{e}R\u{10}\u{4}\u{14}^\u{1}b\u{11}\u{b}\u{2}P\u{6}\u{3}\u{4}B\u{1}\u{16}D(\u{4}B\u{1}*X\
        (\u{8}x\u{6}e\u{e} <built-in>/tools/kubernetes.yamlf\u{e}\nKubernetes\u{2}v\u{1}\u{3}\u{4}\u{6}\
        \u{16}r\u{2}\u{4}\u{6}0L\u{3}\u{0}g\u{e}c\u{1}Open-source system for automating deployment, scaling \
        and management of containerised applications.\u{1}h\u{e}_\u{4}Kubernetes schedules containers onto a\
         cluster of nodes and keeps the declared state. In the 2018\nnotes it is the platform that Mercari's\
         microservices and its Go API gateway run on (on GKE), with one\nnamespace per service and team. The\
         first commit was pushed to GitHub on 6 June 2014.\ni\u{e}\u{16}https://kubernetes.io/\u{1}L\rb\u{7}\
        \u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}F\u{16}\u{4}\u{1e}$R\u{16}\u{1}~\t\
        \u{1}|>\u{2}\u{2}j\u{e}\u{3}k8s\u{3}\u{4}$\u{16}`\u{17}\u{4}$\u{1c}f\u{17}\u{2}k\u{e}\u{4}kube\u{3}\
        \u{4}$ j\u{17}\u{4}$(r\u{17}\u{3}x\u{6}w\u{5}S\u{7}\u{4}\u{2}t\u{2}\u{3}\u{4}(\u{12}H\u{19}\u{4}(@\
        \u{1}v\u{19}\u{2}~\u{2}\u{3}\u{4}(D\u{1}z\u{19}\u{4}(n\u{1}d\u{1a}\u{2}t\u{3}\u{3}\u{4}(r\u{1}h\
        \u{1a}\u{4}(L\u{2}B\u{1b}\u{2}T\u{2}\u{3}\u{4}(P\u{2}F\u{1b}\u{4}(l\u{2}b\u{1b}\u{1}\t\u{2}F\u{5}\
        \u{3}\u{4},\u{16}P\u{1c}\u{4},,f\u{1c}\u{2}K\u{7}\u{3}\u{4}.\u{1a}@\u{1d}\u{4}.\"H\u{1d}\u{1}l\u{e}8\
        Kubernetes grew out of Google's experience running Borg.\u{6}m\u{e}-https://kubernetes.io/docs/conce\
        pts/overview/L\rT\u{7}K\u{b}N\rn\u{e}=https://kubernetes.io/blog/2024/06/06/10-years-of-kubernetes/\
        \u{1}\u{3}\u{4}4\u{6}f\u{1f}\u{4}@\u{1}\u{2}t*\u{0}\r\u{3}\u{4} \u{e}`\u{16}\u{4}  r\u{16}\u{3}\u{4}\
        \u{1c}\u{14}X\u{15}\u{4}\u{1c}*n\u{15}\u{3}\u{4}\u{14}\u{e}^\u{11}\u{4}\u{14}^\u{1}n\u{12}\u{b}\u{2}\
        P\u{6}\u{3}\u{4}@\u{1}\u{16}H+\u{4}@\u{1}*\\+\u{8}^\u{b}o\u{e}(<built-in>/tools/kubernetes-ingress.y\
        amlp\u{e}\u{12}Kubernetes Ingress\u{2}`\u{1}\u{3}\u{4}\u{6}\u{16}B\u{3}\u{4}\u{6}$P\u{3}\u{0}q\u{e}X\
        \u{1}Kubernetes API object that routes external HTTP(S) traffic to services by host and path.\u{1}r\
        \u{e}s\u{4}The GKE panel found that the load balancer's health check hits `/` unless a readiness pro\
        be is set,\nand that a readiness probe added later only takes effect when the Ingress is recreated (\
        see\nreadiness-probe and ingress-gce). The Ingress API is now frozen: it stays, but new features go \
        to\nthe Gateway API.\ns\u{e}@\u{1}https://kubernetes.io/docs/concepts/services-networking/ingress/\
        \u{1}L\rb\u{7}\u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4} \u{18}t\u{17}\u{4} $@\u{18}\
        \u{1}~\t\u{1}~>\u{1}\u{2}W\u{3}\u{3}\u{4}&\u{16}N\u{19}\u{4}&$\\\u{19}\u{1}x\u{6}\u{1}\u{2}`\u{1}\
        \u{3}\u{4}*\u{12}V\u{1a}\u{4}* d\u{1a}\u{1}\t\u{2}]\u{5}\u{3}\u{4}.\u{16}R\u{1b}\u{4}.$`\u{1b}\u{2}x\
        \u{6}\u{3}\u{4}0\u{1a}z\u{1b}\u{4}0.N\u{1c}\u{0}\u{8}L\rs\u{e}t\u{e}@\u{1}https://kubernetes.io/docs\
        /concepts/services-networking/gateway/g\rK\u{b}N\rO\rP\r\u{1}\u{3}\u{4}4\u{6}f\u{1c}\u{4}D\u{1}\u{2}\
        j,\u{0}\r\u{3}\u{4}\"\u{e}N\u{18}\u{4}\" `\u{18}\u{3}\u{4}\u{1e}\u{14}F\u{17}\u{4}\u{1e}*\\\u{17}\
        \u{3}\u{4}\u{16}\u{e}L\u{13}\u{4}\u{16}^\u{1}\\\u{14}\u{b}\u{2}P\u{6}\u{3}\u{4}D\u{1}\u{16}~,\u{4}D\
        \u{1}*R-\u{8}u\u{e}\u{15}kubernetes-namespacesv\u{e}+<built-in>/tools/kubernetes-namespaces.yamlw\
        \u{e}\u{15}Kubernetes namespaces\u{2}]\u{1}\u{3}\u{4}\u{6}\u{16}H\u{3}\u{4}\u{6}4f\u{3}\u{0}x\u{e}T\
        \u{1}Virtual clusters inside one Kubernetes cluster, used to separate teams and services.\u{1}y\u{e}\
        t\u{2}Namespaces were added to pods, services and replication controllers in autumn 2014 and shipped\
         in\nthe v0.5 and v0.6 releases of that year, well before Kubernetes 1.0 in July 2015.\nz\u{e}M\u{1}\
        https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/\u{1}L\rb\u{7}\u{1}c\
        \u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}V\u{14}\u{4}\u{1c}$b\u{14}\u{1}~\t\u{1}|\
        >\u{1}\u{2}{\u{e}\tnamespace\u{3}\u{4}\"\u{16}p\u{15}\u{4}\"(B\u{16}\u{1}x\u{6}\u{1}\u{2}t\u{3}\u{3}\
        \u{4}&\u{12}|\u{16}\u{4}&,V\u{17}\u{1}\t\u{2}]\u{5}\u{3}\u{4}*\u{16}D\u{18}\u{4}*$R\u{18}\u{2}x\u{6}\
        \u{3}\u{4},\u{1a}l\u{18}\u{4},.@\u{19}\u{0}\u{7}L\rz\u{e}K\u{b}N\r|\u{e}2https://github.com/kubernet\
        es/kubernetes/pull/1495}\u{e}2https://github.com/kubernetes/kubernetes/pull/1941~\u{e}:https://githu\
        b.com/d2iq-archive/kubernetes-mesos/issues/88\u{1}\u{3}\u{4}0\u{6}X\u{19}\u{4}>\u{2}n&\u{0}\r\u{3}\
        \u{4}\u{1e}\u{e}p\u{14}\u{4}\u{1e} B\u{15}\u{3}\u{4}\u{1a}\u{14}h\u{13}\u{4}\u{1a}*~\u{13}\u{3}\u{4}\
        \u{12}\u{e}n\u{f}\u{4}\u{12}^\u{1}~\u{10}\u{b}\u{2}G\u{7}\u{3}\u{4}>\u{16}B'\u{4}>*V'\u{8}e\u{8}\
        \u{7f}\u{e}%<built-in>/tools/kubernetes-rbac.yaml@\u{f}\u{f}Kubernetes RBAC\u{2}]\u{1}\u{3}\u{4}\
        \u{6}\u{16}|\u{2}\u{4}\u{6}4Z\u{3}\u{0}A\u{f}W\u{1}Role-based access control for the Kubernetes API,\
         granted per namespace or per cluster.\u{1}B\u{f}m\u{1}Alpha (rbac.authorization.k8s.io/v1alpha1) in\
         Kubernetes 1.3 in 2016, beta in 1.6 in 2017 and\nstable in 1.8.\nC\u{f}=https://kubernetes.io/docs/\
        reference/access-authn-authz/rbac/\u{1}L\rb\u{7}\u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\
        \u{4}\u{1c}\u{18}b\u{11}\u{4}\u{1c}$n\u{11}\u{1}~\t\u{1}@?\u{1}\u{2}D\u{f}\u{4}RBAC\u{3}\u{4}\"\
        \u{16}|\u{12}\u{4}\"\u{1e}D\u{13}\u{2}x\u{6}H\u{2}\u{1}\u{2}T\u{2}\u{3}\u{4}&\u{12}R\u{14}\u{4}&.n\
        \u{14}\u{2}\t\u{2}]\u{5}\u{3}\u{4}*\u{16}\\\u{15}\u{4}*$j\u{15}\u{2}x\u{6}\u{3}\u{4},\u{1a}D\u{16}\
        \u{4},.X\u{16}\u{0}\t\u{2}j\u{5}\u{3}\u{4}.\u{16}n\u{16}\u{4}.\u{1e}v\u{16}\u{2}u\u{e}\u{3}\u{4}0\
        \u{1a}P\u{17}\u{4}0D\u{1}z\u{17}\u{1}E\u{f}1Roles and RoleBindings are scoped to a namespace.\u{5}L\
        \rC\u{f}K\u{b}N\rF\u{f}3https://github.com/kubernetes/enhancements/issues/2\u{1}\u{3}\u{4}6\u{6}J\
        \u{1a}\u{4}@\u{1}\u{2}V#\u{0}\r\u{3}\u{4}\u{1e}\u{e}|\u{11}\u{4}\u{1e} N\u{12}\u{3}\u{4}\u{1a}\u{14}\
        t\u{10}\u{4}\u{1a}*J\u{11}\u{3}\u{4}\u{12}\u{e}z\u{c}\u{4}\u{12}^\u{1}J\u{e}\u{b}\u{2}P\u{6}\u{3}\
        \u{4}@\u{1}\u{16}j#\u{4}@\u{1}*~#\u{8}u\u{8}G\u{f}\"<built-in>/tools/lets-encrypt.yamlH\u{f}\rLet's \
        Encrypt\u{2}=\u{3}\u{4}\u{6}\u{16}x\u{2}\u{4}\u{6}.P\u{3}\u{0}I\u{f}Z\u{1}Free, automated certificat\
        e authority that issues TLS certificates over the ACME protocol.\u{1}J\u{f}t\u{3}The licence and lan\
        guage are those of Boulder, the CA software. Mercari wanted fewer clusters partly\nto avoid setting \
        up Let's Encrypt for each. Limited beta and the first certificate came in\nSeptember 2015, the publi\
        c beta on 3 December 2015.\nK\u{f}\u{18}https://letsencrypt.org/\u{1}L\u{f}&https://github.com/letse\
        ncrypt/boulderM\u{f}\u{7}MPL-2.0\u{1}c\u{7}\u{1}N\u{f} Internet Security Research Groupp\u{7}\u{0}\
        \u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}L\u{14}\u{4}\u{1e}$X\u{14}\u{0}\u{1}~>\u{2}\u{2}O\u{f}\u{b}letsencr\
        ypt\u{3}\u{4}\"\u{16}F\u{15}\u{4}\",\\\u{15}\u{2}P\u{f}\u{2}LE\u{3}\u{4}\"0`\u{15}\u{4}\"4d\u{15}\
        \u{1}H\u{2}\u{1}\u{2}b\u{2}\u{3}\u{4}&\u{12}Z\u{16}\u{4}&:B\u{17}\u{0}\u{5}Q\u{f}\u{1e}https://letse\
        ncrypt.org/about/L\u{f}R\u{f}<https://github.com/letsencrypt/boulder/blob/main/LICENSE.txtS\u{f}U\
        \u{1}https://www.eff.org/deeplinks/2015/06/lets-encrypt-launch-plan-week-september-14-2015T\u{f}8htt\
        ps://letsencrypt.org/2015/12/03/entering-public-beta/\u{1}\u{3}\u{4}*\u{6}\\\u{17}\u{4}4\u{2}d \u{0}\
        \u{c}\u{3}\u{4}\u{1c}\u{14}l\u{13}\u{4}\u{1c}\u{1c}t\u{13}\u{3}\u{4}\u{14}\u{e}~\u{f}\u{4}\u{14}Z\
        \u{1}J\u{11}\u{b}\u{2}G\u{7}\u{3}\u{4}4\u{16}x \u{4}4*L!\u{8}U\u{f}\u{8}logmaticV\u{f}\u{1e}<built-i\
        n>/tools/logmatic.yamlW\u{f}\u{b}Logmatic.io\u{2}c\u{1}\u{3}\u{4}\u{6}\u{16}t\u{2}\u{4}\u{6}$B\u{3}\
        \u{0}X\u{f}R\u{1}Log management SaaS acquired by Datadog in 2017; it became Datadog Log Management.\
        \u{0}Y\u{f}1https://www.datadoghq.com/product/log-management/\u{0}W\u{6}\u{0}\u{1}]\np\u{7}\u{0}\
        \u{2}W\n\u{3}\u{4}\u{12}\u{18}t\t\u{4}\u{12},H\n\u{0}\u{0}\u{1}\u{2}Z\u{f}\u{8}Logmatic\u{3}\u{4}\
        \u{14}\u{16}^\n\u{4}\u{14}&n\n\u{1}p\u{7}\u{1}\u{2}_\u{3}\u{3}\u{4}\u{18}\u{12}\\\u{b}\u{4}\u{18}.x\
        \u{b}\u{1}\t\u{2}e\u{5}\u{3}\u{4}\u{1c}\u{16}f\u{c}\u{4}\u{1c}0@\r\u{2}K\t\u{3}\u{4}\u{1e}\u{1a}Z\r\
        \u{4}\u{1e}(h\r\u{1}[\u{f}\u{1c}Acquired by Datadog in 2017.\u{1}\\\u{f}X\u{1}https://www.datadoghq.\
        com/about/latest-news/press-releases/datadog-acquires-logmatic-io/\u{1}\u{3}\u{4}$\u{6}N\u{f}\u{4}&\
        \u{2}D\u{12}\u{0}\n\u{3}\u{4}\u{10}\u{14}T\t\u{4}\u{10}\u{1c}\\\t\u{b}\u{2}]\u{f}\n2026-11-25\u{3}\
        \u{4}&\u{16}X\u{12}\u{4}&*l\u{12}\u{8}^\u{f}\u{b}memorystore_\u{f}!<built-in>/tools/memorystore.yaml\
        `\u{f}\u{b}Memorystore\u{2}6\u{3}\u{4}\u{6}\u{16}t\u{2}\u{4}\u{6} ~\u{2}\u{0}a\u{f}p\u{1}Google Clou\
        d's managed in-memory stores: Memorystore for Redis, for Redis Cluster, for Valkey and for Memcached\
        .\u{1}b\u{f}\\\u{3}Announced in beta on the day of the 2018 meetup; Mercari wanted to move its Redis\
         from Kubernetes to\nit. Memorystore now also offers Memcached, Redis Cluster (sharded) and Valkey (\
        with cluster mode\nenabled or disabled).\nc\u{f}$https://cloud.google.com/memorystore\u{0}W\u{6}\
        \u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1a}\u{18}D\u{12}\u{4}\u{1a}$P\u{12}\u{0}\u{1}D?\
        \u{1}\u{2}d\u{f}\u{11}Cloud Memorystore\u{3}\u{4}\u{1e}\u{16}~\u{12}\u{4}\u{1e}8`\u{13}\u{1}\\\u{6}\
        \u{1}\u{2}Q\u{3}\u{3}\u{4}\"\u{12}^\u{14}\u{4}\"0|\u{14}\u{2}\t\u{2}N\u{5}\u{3}\u{4}&\u{16}j\u{15}\
        \u{4}&<P\u{16}\u{2}e\u{f}\u{5}redis\u{3}\u{4}(\u{1a}j\u{16}\u{4}($t\u{16}\u{0}\t\u{2}j\u{5}\u{3}\
        \u{4}*\u{16}J\u{17}\u{4}*\u{1e}R\u{17}\u{2}C\u{7}\u{3}\u{4},\u{1a}l\u{17}\u{4},,~\u{17}\u{1}f\u{f}.A\
        ccess to instances is granted with IAM roles.\u{6}g\u{f}>https://cloud.google.com/memorystore/docs/r\
        edis/access-controlh\u{f}N\u{1}https://cloud.google.com/memorystore/docs/redis/memorystore-for-redis\
        -overviewi\u{f}A\u{1}https://cloud.google.com/memorystore/docs/valkey/product-overviewj\u{f}X\u{1}ht\
        tps://cloud.google.com/memorystore/docs/cluster/memorystore-for-redis-cluster-overviewk\u{f}=https:/\
        /cloud.google.com/memorystore/docs/redis/release-notesl\u{f}F\u{1}https://cloud.google.com/memorysto\
        re/docs/memcached/memcached-overview\u{1}\u{3}\u{4}2\u{6}H\u{1a}\u{4}>\u{2}P(\u{0}\n\u{3}\u{4}\u{18}\
        \u{14}^\u{11}\u{4}\u{18}\"l\u{11}\u{b}\u{2}P\u{6}\u{3}\u{4}>\u{16}d(\u{4}>*x(\u{8}M\u{6}m\u{f}#<buil\
        t-in>/tools/microservices.yamln\u{f}\rMicroservices\u{2}'\u{3}\u{4}\u{6}\u{16}x\u{2}\u{4}\u{6}@\u{1}\
        b\u{3}\u{0}o\u{f}c\u{1}Structures an application as small, independently deployable services around \
        business capabilities.\u{0}p\u{f}4https://microservices.io/patterns/microservices.html\u{0}F\u{6}\
        \u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{10}\u{18}~\n\u{4}\u{10}$J\u{b}\u{0}\u{0}\u{1}\u{2}q\
        \u{f}\u{19}Microservice architecture\u{3}\u{4}\u{e}\u{16}r\t\u{4}\u{e}H\u{1}d\n\u{0}\u{0}\u{1}\t\
        \u{2}f\u{4}\u{3}\u{4}\u{14}\u{16}v\u{b}\u{4}\u{14}2R\u{c}\u{2}r\u{f}\u{8}monolith\u{3}\u{4}\u{16}\
        \u{1a}l\u{c}\u{4}\u{16}*|\u{c}\u{0}\u{2}p\u{f}s\u{f}4https://martinfowler.com/articles/microservices\
        .html\u{1}\u{3}\u{4}\u{1a}\u{6}T\r\u{4}\u{1e}\u{2}t\u{10}\u{0}\n\u{3}\u{4}\u{c}\u{14}N\t\u{4}\u{c}\"\
        \\\t\u{b}\u{2}G\u{7}\u{3}\u{4}\u{1e}\u{16}H\u{11}\u{4}\u{1e}*\\\u{11}\u{8}z\nt\u{f}0<built-in>/tools\
        /mirantis-kubernetes-engine.yamlu\u{f}\u{1a}Mirantis Kubernetes Engine\u{2}v\u{1}\u{3}\u{4}\u{6}\
        \u{16}R\u{3}\u{4}\u{6}0l\u{3}\u{0}v\u{f}]\u{1}Mirantis' enterprise container platform for Kubernetes\
         and Swarm, formerly Docker Enterprise.\u{1}w\u{f}M\u{2}First released by Docker in 2017 as Docker E\
        nterprise Edition; Mirantis bought it in 2019 and\nrenamed it Mirantis Kubernetes Engine in 2020.\nv\
        \n\u{0}W\u{6}\u{0}\u{1}w\nR\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{18}\u{18}X\u{10}\u{4}\u{18}$d\u{10}\
        \u{0}\u{1}B?\u{1}\u{2}x\u{f}\u{3}MKE\u{3}\u{4}\u{1c}\u{16}R\u{11}\u{4}\u{1c}\u{1c}X\u{11}\u{1}x\u{6}\
        \u{1}\u{2}t\u{2}\u{3}\u{4} \u{12}R\u{12}\u{4} @\u{1}@\u{13}\u{1}\t\u{2}j\u{5}\u{3}\u{4}$\u{16}n\
        \u{13}\u{4}$\u{1e}v\u{13}\u{2}x\u{6}\u{3}\u{4}&\u{1a}P\u{14}\u{4}&.d\u{14}\u{0}\u{3}v\n}\ny\u{f}L\
        \u{1}https://www.nextplatform.com/2017/03/02/docker-reaches-enterprise-milestone/\u{1}\u{3}\u{4}*\
        \u{6}|\u{14}\u{4}0\u{2}f\u{1c}\u{0}\n\u{3}\u{4}\u{16}\u{14}j\u{f}\u{4}\u{16}*@\u{10}\u{b}\u{2}\u{7f}\
        \u{b}\u{3}\u{4}0\u{16}z\u{1c}\u{4}0*N\u{1d}\u{8}r\u{f}z\u{f}\u{1e}<built-in>/tools/monolith.yaml{\
        \u{f}\u{17}Monolithic architecture\u{2}'\u{3}\u{4}\u{6}\u{16}L\u{3}\u{4}\u{6}@\u{1}v\u{3}\u{0}|\u{f}\
        c\u{1}Builds an application as one deployable unit: simplest to start with, harder to change as it g\
        rows.\u{0}}\u{f}1https://microservices.io/patterns/monolithic.html\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\
        \u{2}H\u{6}\u{3}\u{4}\u{e}\u{18}F\n\u{4}\u{e}$R\n\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{1}}\u{f}\u{1}\u{3}\
        \u{4}\u{12}\u{6}j\n\u{4}\u{14}\u{2}R\u{c}\u{0}\n\u{3}\u{4}\u{c}\u{14}`\t\u{4}\u{c}\"n\t\u{b}\u{2}G\
        \u{7}\u{3}\u{4}\u{14}\u{16}f\u{c}\u{4}\u{14}*z\u{c}\u{8}\\\u{c}~\u{f}&<built-in>/tools/protocol-buff\
        ers.yaml\u{7f}\u{f}\u{10}Protocol Buffers\u{2}C\u{2}\u{3}\u{4}\u{6}\u{16}~\u{2}\u{4}\u{6}\u{1c}D\
        \u{3}\u{0}@\u{10}h\u{1}Language-neutral mechanism for serialising structured data, with code generat\
        ed from .proto definitions.\u{0}A\u{10}\u{14}https://protobuf.dev\u{1}B\u{10}+https://github.com/pro\
        tocolbuffers/protobufC\u{10}\u{c}BSD-3-Clause\u{1}F\u{b}\u{1}Q\u{7}Z\u{c}\u{0}\u{2}H\u{6}\u{3}\u{4}\
        \u{16}\u{18}j\u{b}\u{4}\u{16}$v\u{b}\u{0}\u{1}p>\u{1}\u{2}D\u{10}\u{8}protobuf\u{3}\u{4}\u{1a}\u{16}\
        d\u{c}\u{4}\u{1a}&t\u{c}\u{1}S\u{7}\u{2}\u{2}I\u{4}\u{3}\u{4}\u{1e}\u{12}f\r\u{4}\u{1e},@\u{e}\u{2}k\
        \u{2}\u{3}\u{4}\u{1e}0D\u{e}\u{4}\u{1e}N\u{1}b\u{e}\u{0}\u{4}E\u{10}\u{1e}https://protobuf.dev/overv\
        iew/B\u{10}F\u{10}=https://github.com/protocolbuffers/protobuf/blob/main/LICENSEG\u{10}L\u{1}https:/\
        /opensource.googleblog.com/2008/07/protocol-buffers-googles-data.html\u{1}\u{3}\u{4}\"\u{6}|\u{e}\
        \u{4}*\u{2}D\u{16}\u{0}\u{c}\u{3}\u{4}\u{14}\u{14}D\u{b}\u{4}\u{14}\"R\u{b}\u{3}\u{4}\u{c}\u{e}t\
        \u{7}\u{4}\u{c}d\u{1}J\t\u{b}\u{2}P\u{6}\u{3}\u{4}*\u{16}X\u{16}\u{4}**l\u{16}\u{8}H\u{10}\u{8}rabbi\
        tmqI\u{10}\u{1e}<built-in>/tools/rabbitmq.yamlJ\u{10}\u{8}RabbitMQ\u{2}i\u{1}\u{3}\u{4}\u{6}\u{16}n\
        \u{2}\u{4}\u{6}(@\u{3}\u{0}K\u{10}L\u{1}Open-source message broker that supports AMQP and other mess\
        aging protocols.\u{1}L\u{10}l\u{1}The server and its core plugins are under MPL 2.0; its LICENSE fil\
        e puts some OCF scripts under\nApache 2.0.\nM\u{10}\u{19}https://www.rabbitmq.com/\u{1}N\u{10}+https\
        ://github.com/rabbitmq/rabbitmq-serverO\u{10}\u{16}MPL-2.0 AND Apache-2.0\u{1}P\u{10}\u{6}Erlang\
        \u{1}Q\u{10}\u{11}VMware (Broadcom)R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}n\u{f}\u{4}\u{1c}$z\
        \u{f}\u{0}\u{0}\u{1}\u{2}R\u{10}\u{6}rabbit\u{3}\u{4}\u{1e}\u{16}P\u{10}\u{4}\u{1e}\"\\\u{10}\u{1}i\
        \u{1}\u{2}\u{2}e\u{3}\u{3}\u{4}\"\u{12}T\u{11}\u{4}\",n\u{11}\u{2}A\u{4}\u{3}\u{4}\"0r\u{11}\u{4}\">\
        @\u{12}\u{1}\t\u{2}f\u{4}\u{3}\u{4}&\u{16}n\u{12}\u{4}&2J\u{13}\u{2}h\u{6}\u{3}\u{4}(\u{1a}d\u{13}\
        \u{4}(2|\u{13}\u{0}\u{6}S\u{10}\u{1d}https://www.rabbitmq.com/docsN\u{10}T\u{10}=https://github.com/\
        rabbitmq/rabbitmq-server/blob/main/LICENSEU\u{10}?https://github.com/rabbitmq/rabbitmq-server/blob/m\
        ain/README.mdV\u{10}J\u{1}https://github.com/rabbitmq/rabbitmq-server/blob/main/COMMUNITY_SUPPORT.md\
        K\u{b}\u{1}\u{3}\u{4},\u{6}T\u{14}\u{4}8\u{2}^\u{1f}\u{0}\u{c}\u{3}\u{4}\u{1a}\u{14}@\u{f}\u{4}\
        \u{1a}*V\u{f}\u{3}\u{4}\u{12}\u{e}@\u{b}\u{4}\u{12}d\u{1}V\u{c}\u{b}\u{2}P\u{6}\u{3}\u{4}8\u{16}r\
        \u{1f}\u{4}8*F \u{8}_\rW\u{10}%<built-in>/tools/readiness-probe.yamlX\u{10}\u{10}Readiness probes\
        \u{2}v\u{1}\u{3}\u{4}\u{6}\u{16}~\u{2}\u{4}\u{6}0X\u{3}\u{0}Y\u{10}h\u{1}Kubernetes container check \
        that decides whether a pod receives traffic from Services and load balancers.\u{1}Z\u{10}y\u{3}The G\
        KE panel's Ingress lesson: without a readiness probe the load balancer's health check GETs /\nand ex\
        pects 200; with one it checks the probe's path, but a probe added after the Ingress was\ncreated onl\
        y took effect once the Ingress was recreated.\n[\u{10}T\u{1}https://kubernetes.io/docs/concepts/conf\
        iguration/liveness-readiness-startup-probes/\u{1}L\rb\u{7}\u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\
        \u{6}\u{3}\u{4}\u{1e}\u{18}L\u{17}\u{4}\u{1e}$X\u{17}\u{1}~\t\u{0}\u{2}\u{2}\\\u{10}\u{e}readinessPr\
        obe\u{3}\u{4}\"\u{16}N\u{18}\u{4}\"2j\u{18}\u{2}]\u{10}\u{f}readiness probe\u{3}\u{4}\"6n\u{18}\u{4}\
        \"T\u{1}L\u{19}\u{1}x\u{6}\u{1}\u{2}N\u{3}\u{3}\u{4}&\u{12}F\u{1a}\u{4}&0d\u{1a}\u{1}\t\u{2}]\u{5}\
        \u{3}\u{4}*\u{16}R\u{1b}\u{4}*$`\u{1b}\u{2}x\u{6}\u{3}\u{4},\u{1a}z\u{1b}\u{4},.N\u{1c}\u{0}\u{7}[\
        \u{10}b\rc\re\rL\rK\u{b}N\r\u{1}\u{3}\u{4}0\u{6}f\u{1c}\u{4}>\u{2}^,\u{0}\r\u{3}\u{4} \u{e}f\u{17}\
        \u{4}  x\u{17}\u{3}\u{4}\u{1c}\u{14}^\u{16}\u{4}\u{1c}*t\u{16}\u{3}\u{4}\u{14}\u{e}d\u{12}\u{4}\
        \u{14}^\u{1}t\u{13}\u{b}\u{2}P\u{6}\u{3}\u{4}>\u{16}r,\u{4}>*F-\u{8}e\u{f}^\u{10}\u{1b}<built-in>/to\
        ols/redis.yaml_\u{10}\u{5}Redis\u{2}6\u{3}\u{4}\u{6}\u{16}h\u{2}\u{4}\u{6} r\u{2}\u{0}`\u{10}B\u{1}I\
        n-memory data store used as a cache, database and message broker.\u{1}a\u{10}j\u{1}BSD-3-Clause unti\
        l 7.2; dual RSALv2/SSPLv1 from 7.4; AGPLv3 added as a third option with Redis 8 in\n2025.\nb\u{10}\
        \u{11}https://redis.io/\u{1}c\u{10}\u{1e}https://github.com/redis/redisd\u{10}.LicenseRef-RSALv2 OR \
        SSPL-1.0 OR AGPL-3.0-only\u{1}e\u{10}\u{1}C\u{1}_\u{10}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1c}\u{18}l\
        \u{e}\u{4}\u{1c}$x\u{e}\u{0}\u{1}r>\u{0}\u{1}L\u{1}\u{1}\u{2}Q\u{3}\u{3}\u{4}\"\u{12}D\u{10}\u{4}\"0\
        b\u{10}\u{0}\u{5}f\u{10}\u{1d}https://redis.io/docs/latest/c\u{10}g\u{10} https://redis.io/legal/lic\
        enses/h\u{10}8https://github.com/redis/redis/blob/unstable/LICENSE.txtK\u{b}\u{1}\u{3}\u{4}&\u{6}|\
        \u{10}\u{4}0\u{2}F\u{18}\u{0}\u{c}\u{3}\u{4}\u{1a}\u{14}~\r\u{4}\u{1a}*T\u{e}\u{3}\u{4}\u{12}\u{e}J\
        \n\u{4}\u{12}J\u{1}F\u{b}\u{b}\u{2}G\u{7}\u{3}\u{4}0\u{16}Z\u{18}\u{4}0*n\u{18}\u{8}T\u{b}i\u{10}\
        \u{1c}<built-in>/tools/sentry.yamlj\u{10}\u{6}Sentry\u{2}W\u{1}\u{3}\u{4}\u{6}\u{16}j\u{2}\u{4}\u{6}\
        2F\u{3}\u{0}k\u{10}Z\u{1}Application error tracking and performance monitoring, as a hosted service \
        or self-hosted.\u{1}l\u{10}X\u{5}Source-available under the Functional Source License 1.1 with Apach\
        e 2.0 future licence (the project\nabbreviates it FSL-1.1-Apache-2.0; the SPDX identifier is FSL-1.1\
        -ALv2); each release becomes\nApache-2.0 two years later. It grew out of django-db-log, an error log\
        ger begun in 2008. Mercari\nused Sentry instead of Stackdriver Error Reporting.\nm\u{10}\u{1a}https:\
        //sentry.io/welcome/\u{1}n\u{10}#https://github.com/getsentry/sentryo\u{10}\u{c}FSL-1.1-ALv2\u{1}p\
        \u{10}\u{6}Python\u{1}q\u{10}\u{1c}Sentry (Functional Software)p\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4} \
        \u{18}V\u{17}\u{4} $b\u{17}\u{0}\u{1}p>\u{0}\u{1}p\u{7}\u{1}\u{2}W\u{1}\u{3}\u{4}&\u{12}f\u{18}\u{4}\
        &.B\u{19}\u{0}\u{5}r\u{10}\u{1f}https://docs.sentry.io/product/n\u{10}s\u{10}:https://github.com/get\
        sentry/sentry/blob/master/LICENSE.mdt\u{10}+https://spdx.org/licenses/FSL-1.1-ALv2.htmlK\u{b}\u{1}\
        \u{3}\u{4}*\u{6}\\\u{19}\u{4}4\u{2}N!\u{0}\u{c}\u{3}\u{4}\u{1e}\u{14}v\u{16}\u{4}\u{1e}\u{1c}~\u{16}\
        \u{3}\u{4}\u{16}\u{e}D\u{13}\u{4}\u{16}T\u{1}J\u{14}\u{b}\u{2}P\u{6}\u{3}\u{4}4\u{16}b!\u{4}4*v!\
        \u{8}I\u{b}u\u{10}\u{1d}<built-in>/tools/sidecar.yamlv\u{10}\u{7}Sidecar\u{2}'\u{3}\u{4}\u{6}\u{16}l\
        \u{2}\u{4}\u{6}@\u{1}V\u{3}\u{0}w\u{10}V\u{1}Deploys supporting features in a separate process or co\
        ntainer beside the application.\u{0}x\u{10}E\u{1}https://learn.microsoft.com/en-us/azure/architectur\
        e/patterns/sidecar\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{10}\u{18}f\n\u{4}\u{10}$r\
        \n\u{0}\u{0}\u{1}\u{2}y\u{10}\u{f}Sidecar pattern\u{3}\u{4}\u{e}\u{16}n\t\u{4}\u{e}4L\n\u{0}\u{1}\
        \u{2}S\u{4}\u{3}\u{4}\u{12}\u{12}D\u{b}\u{4}\u{12},^\u{b}\u{0}\u{1}x\u{10}\u{1}\u{3}\u{4}\u{16}\u{6}\
        x\u{b}\u{4}\u{18}\u{2}H\u{e}\u{0}\n\u{3}\u{4}\u{c}\u{14}J\t\u{4}\u{c}\"X\t\u{b}\u{2}G\u{7}\u{3}\u{4}\
        \u{18}\u{16}\\\u{e}\u{4}\u{18}*p\u{e}\u{8}z\u{10}\u{1c}site-reliability-engineering{\u{10}2<built-in\
        >/tools/site-reliability-engineering.yaml|\u{10}\u{1c}Site reliability engineering\u{2}{\u{1}\u{3}\
        \u{4}\u{6}\u{16}V\u{3}\u{4}\u{6}(h\u{3}\u{0}}\u{10}v\u{1}Runs operations as a software engineering d\
        iscipline: service level objectives, error budgets, automation and on-call.\u{1}~\u{10};At the GKE p\
        anel, only SREs could log in to cluster nodes.\n\u{7f}\u{10}\u{13}https://sre.google/\u{0}F\u{6}\
        \u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{12}\u{18}z\u{b}\u{4}\u{12}$F\u{c}\u{0}\u{0}\u{1}\u{2}@\
        \u{11}\u{3}SRE\u{3}\u{4}\u{14}\u{16}\\\u{c}\u{4}\u{14}\u{1c}b\u{c}\u{0}\u{0}\u{1}\t\u{2}j\u{5}\u{3}\
        \u{4}\u{18}\u{16}P\r\u{4}\u{18}\u{1e}X\r\u{2}_\u{2}\u{3}\u{4}\u{1a}\u{1a}r\r\u{4}\u{1a}6N\u{e}\u{1}A\
        \u{11}G\u{1}Google's SRE workbook treats canarying releases as a core SRE practice.\u{2}B\u{11})http\
        s://sre.google/sre-book/introduction/C\u{11}/https://sre.google/workbook/canarying-releases/\u{1}\
        \u{3}\u{4} \u{6}N\u{11}\u{4}$\u{2}N\u{14}\u{0}\n\u{3}\u{4}\u{10}\u{14}T\u{b}\u{4}\u{10}\"b\u{b}\u{b}\
        \u{2}G\u{7}\u{3}\u{4}$\u{16}b\u{14}\u{4}$*v\u{14}\u{8}n\u{c}D\u{11}\u{1f}<built-in>/tools/spinnaker.\
        yamlE\u{11}\tSpinnaker\u{2}9\u{3}\u{4}\u{6}\u{16}p\u{2}\u{4}\u{6}\u{1a}t\u{2}\u{0}F\u{11}Y\u{1}Multi\
        -cloud continuous delivery platform with pipeline visualisation and canary analysis.\u{1}G\u{11}F\
        \u{7}Created at Netflix and open-sourced with Google in 2015. Its services (Clouddriver, Orca, Kayen\
        ta\nand the others) now live in one repository, spinnaker/spinnaker. At Mercari in 2018 it deployed \
        the\ncontainer images that CircleCI built to GKE (Spinnaker has no CircleCI connector; its CI connec\
        tor\nIgor covers Jenkins, Travis, Concourse, GitLab CI, Cloud Build and CodeBuild). The panel noted \
        that its Java errors are hard to read\nwithout Java expertise.\nH\u{11}\u{15}https://spinnaker.io/\
        \u{1}T\u{e}b\u{7}\u{1}j\u{c}\u{1}k\u{c}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\"\u{18}h\u{1a}\u{4}\"$t\
        \u{1a}\u{0}\u{1}~>\u{1}\u{2}I\u{11}\u{4}spin\u{3}\u{4}&\u{16}b\u{1b}\u{4}&\u{1e}j\u{1b}\u{3}e\u{7}S\
        \u{7}x\u{6}\u{5}\u{2}w\u{2}\u{3}\u{4}*\u{12}F\u{1d}\u{4}*8l\u{1d}\u{2}{\u{3}\u{3}\u{4}*<p\u{1d}\u{4}\
        *h\u{1}\\\u{1e}\u{2}_\u{2}\u{3}\u{4}*l\u{1}`\u{1e}\u{4}*H\u{2}|\u{1e}\u{2}\\\u{2}\u{3}\u{4}*L\u{2}@\
        \u{1f}\u{4}*v\u{2}j\u{1f}\u{2}n\u{3}\u{3}\u{4}*z\u{2}n\u{1f}\u{4}*f\u{3}Z \u{6}\t\u{2}w\u{4}\u{3}\
        \u{4}.\u{16}H!\u{4}.*\\!\u{2}x\u{6}\u{3}\u{4}0\u{1a}v!\u{4}0.J\"\u{1}J\u{11}-The Kubernetes provider\
         V2 applies manifests.\t\u{2}K\u{5}\u{3}\u{4}4\u{16}P$\u{4}44n$\u{2}[\u{7}\u{3}\u{4}6\u{1a}H%\u{4}62\
        `%\u{1}K\u{11}:Chaos Monkey 2.0 reads its deployment data from Spinnaker.\t\u{2}K\u{5}\u{3}\u{4}:\
        \u{16}@(\u{4}:4^(\u{2}r\u{7}\u{3}\u{4}<\u{1a}x(\u{4}<(F)\u{1}L\u{11}=Igor, its CI connector, trigger\
        s pipelines from Jenkins jobs.\t\u{2}K\u{5}\u{3}\u{4}@\u{1}\u{16}l+\u{4}@\u{1}4J,\u{2}q\u{7}\u{3}\
        \u{4}B\u{1}\u{1a}d,\u{4}B\u{1}0z,\u{1}M\u{11}A\u{1}Igor triggers pipelines from Cloud Build builds a\
        nd can run them.\t\u{2}A\u{5}\u{3}\u{4}F\u{1}\u{16}h/\u{4}F\u{1}*|/\u{2}_\u{2}\u{3}\u{4}H\u{1}\u{1a}\
        V0\u{4}H\u{1}6r0\u{0}\t\u{2}A\u{5}\u{3}\u{4}J\u{1}\u{16}H1\u{4}J\u{1}*\\1\u{2}\\\u{2}\u{3}\u{4}L\
        \u{1}\u{1a}v1\u{4}L\u{1}D\u{1}`2\u{1}N\u{11}\u{1d}Spinnaker calls it red/black.\u{7}O\u{11}#https://\
        spinnaker.io/docs/concepts/T\u{e}P\u{11}R\u{1}https://netflixtechblog.com/global-continuous-delivery\
        -with-spinnaker-2a6896c23ba7Y\u{e}Z\u{e}Q\u{11}5https://github.com/spinnaker/spinnaker/tree/main/igo\
        rK\u{b}\u{1}\u{3}\u{4}R\u{1}\u{6}H4\u{4}`\u{1}\u{2}VA\u{1}\u{0}\u{c}\u{3}\u{4} \u{14}z\u{19}\u{4} *P\
        \u{1a}\u{3}\u{4}\u{18}\u{e}F\u{16}\u{4}\u{18}Z\u{1}R\u{17}\u{b}\u{2}P\u{6}\u{3}\u{4}`\u{1}\u{16}jA\
        \u{1}\u{4}`\u{1}*~A\u{1}\u{8}R\u{11}\u{17}spinnaker-kubernetes-v2S\u{11}-<built-in>/tools/spinnaker-\
        kubernetes-v2.yamlT\u{11} Spinnaker Kubernetes provider V2\u{2}9\u{3}\u{4}\u{6}\u{16}^\u{3}\u{4}\
        \u{6}\u{1a}b\u{3}\u{0}U\u{11}\\\u{1}Spinnaker's manifest-based Kubernetes provider: pipelines deploy\
         Kubernetes YAML as written.\u{1}V\u{11}Y\u{4}Part of Clouddriver, which moved from spinnaker/cloudd\
        river into the spinnaker/spinnaker monorepo.\nIts alpha was announced as in on 5 February 2018 (spin\
        naker#1902). In 2020 Spinnaker renamed it\nsimply the Kubernetes provider and removed the legacy V1 \
        provider (clouddriver#4569).\nW\u{11}@\u{1}https://spinnaker.io/docs/setup/install/providers/kuberne\
        tes-v2/\u{1}T\u{e}b\u{7}\u{1}j\u{c}\u{1}k\u{c}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}T\u{17}\
        \u{4}\u{1e}$`\u{17}\u{0}\u{1}D?\u{2}\u{2}X\u{11}\u{16}Kubernetes provider V2\u{3}\u{4}\"\u{16}N\
        \u{18}\u{4}\"B\u{1}z\u{18}\u{2}Y\u{11}\u{1d}Spinnaker Kubernetes provider\u{3}\u{4}\"F\u{1}~\u{18}\
        \u{4}\"@\u{2}x\u{19}\u{1}x\u{6}\u{2}\u{2}~\u{2}\u{3}\u{4}&\u{12}r\u{1a}\u{4}&<\\\u{1b}\u{2}w\u{2}\
        \u{3}\u{4}&@\u{1}`\u{1b}\u{4}&f\u{1}F\u{1c}\u{2}\t\u{2}]\u{5}\u{3}\u{4}*\u{16}t\u{1c}\u{4}*$B\u{1d}\
        \u{2}n\u{c}\u{3}\u{4},\u{1a}\\\u{1d}\u{4},,n\u{1d}\u{0}\t\u{2}w\u{4}\u{3}\u{4}.\u{16}D\u{1e}\u{4}.*X\
        \u{1e}\u{2}x\u{6}\u{3}\u{4}0\u{1a}r\u{1e}\u{4}0.F\u{1f}\u{0}\u{8}W\u{11}Z\u{11}2https://github.com/s\
        pinnaker/spinnaker/issues/1902[\u{11}:https://github.com/spinnaker/spinnaker.github.io/pull/1814\\\
        \u{11}2https://github.com/spinnaker/clouddriver/pull/4569]\u{11}<https://github.com/spinnaker/spinna\
        ker/tree/main/clouddriverY\u{e}Z\u{e}K\u{b}\u{1}\u{3}\u{4}4\u{6}^\u{1f}\u{4}D\u{1}\u{2}J/\u{0}\u{c}\
        \u{3}\u{4}\u{1c}\u{14}f\u{16}\u{4}\u{1c}*|\u{16}\u{3}\u{4}\u{14}\u{e}r\u{12}\u{4}\u{14}Z\u{1}~\u{13}\
        \u{b}\u{2}P\u{6}\u{3}\u{4}D\u{1}\u{16}^/\u{4}D\u{1}*r/\u{8}^\u{11}\u{b}stackdriver_\u{11}!<built-in>\
        /tools/stackdriver.yaml`\u{11}\u{b}Stackdriver\u{2}l\u{1}\u{3}\u{4}\u{6}\u{16}t\u{2}\u{4}\u{6}*H\
        \u{3}\u{2}\u{2}c\u{1}\u{3}\u{4}\u{8}\u{1c}d\u{3}\u{4}\u{8}*r\u{3}\u{2}W\u{1}\u{3}\u{4}\u{8}.v\u{3}\
        \u{4}\u{8}J\u{1}R\u{4}a\u{11}g\u{1}Google Cloud's monitoring and logging suite until 2020, when it b\
        ecame Google Cloud's operations suite.\u{0}b\u{11},https://cloud.google.com/products/operations\u{0}\
        W\u{6}\u{0}\u{1}X\u{6}Y\u{6}\u{0}\u{2}W\n\u{3}\u{4}\u{14}\u{18}r\u{b}\u{4}\u{14},F\u{c}\u{0}\u{1}@?\
        \u{1}\u{2}c\u{11}\u{12}Google Stackdriver\u{3}\u{4}\u{18}\u{16}t\u{c}\u{4}\u{18}:X\r\u{1}\\\u{6}\
        \u{3}\u{2}_\u{3}\u{3}\u{4}\u{1c}\u{12}V\u{e}\u{4}\u{1c}.r\u{e}\u{2}h\u{3}\u{3}\u{4}\u{1c}2v\u{e}\
        \u{4}\u{1c}V\u{1}Z\u{f}\u{2}W\u{1}\u{3}\u{4}\u{1c}Z\u{1}^\u{f}\u{4}\u{1c}v\u{1}z\u{f}\u{1}\t\u{2}e\
        \u{5}\u{3}\u{4} \u{16}h\u{10}\u{4} 0B\u{11}\u{2}@\t\u{3}\u{4}\"\u{1a}\\\u{11}\u{4}\"N\u{1}P\u{12}\
        \u{0}\u{2}~\u{b}d\u{11}`\u{1}https://cloud.google.com/blog/products/management-tools/cloud-monitorin\
        g-dashboards-using-an-api\u{1}\u{3}\u{4}&\u{6}h\u{12}\u{4}*\u{2}J\u{17}\u{0}\n\u{3}\u{4}\u{12}\u{14}\
        L\u{b}\u{4}\u{12}\"Z\u{b}\u{b}\u{2}G\u{7}\u{3}\u{4}*\u{16}^\u{17}\u{4}**r\u{17}\u{8}e\u{11}\rstrangl\
        er-figf\u{11}#<built-in>/tools/strangler-fig.yamlg\u{11}\rStrangler fig\u{2}'\u{3}\u{4}\u{6}\u{16}x\
        \u{2}\u{4}\u{6}@\u{1}b\u{3}\u{0}h\u{11}f\u{1}Replaces a legacy system gradually by routing features \
        one at a time through a facade to new services.\u{0}i\u{11};https://martinfowler.com/bliki/Strangler\
        FigApplication.html\u{0}F\u{6}\u{0}\u{0}G\u{6}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{10}\u{18}p\u{b}\u{4}\
        \u{10}$|\u{b}\u{0}\u{0}\u{2}\u{2}j\u{11}\u{11}Strangler pattern\u{3}\u{4}\u{e}\u{16}F\n\u{4}\u{e}8h\
        \n\u{2}k\u{11}\u{15}Strangler application\u{3}\u{4}\u{e}<l\n\u{4}\u{e}f\u{1}V\u{b}\u{0}\u{0}\u{2}\t\
        \u{2}j\u{5}\u{3}\u{4}\u{14}\u{16}h\u{c}\u{4}\u{14}\u{1e}p\u{c}\u{2}A\u{6}\u{3}\u{4}\u{16}\u{1a}J\r\
        \u{4}\u{16}@\u{1}p\r\u{1}l\u{11}3The gateway is the facade in front of the monolith.\t\u{2}V\u{5}\
        \u{3}\u{4}\u{1a}\u{16}B\u{10}\u{4}\u{1a}0\\\u{10}\u{2}r\u{f}\u{3}\u{4}\u{1c}\u{1a}v\u{10}\u{4}\u{1c}\
        *F\u{11}\u{1}m\u{11}/Moves functions out of the monolith one by one.\u{2}i\u{11}n\u{11}K\u{1}https:/\
        /learn.microsoft.com/en-us/azure/architecture/patterns/strangler-fig\u{1}\u{3}\u{4}\"\u{6}R\u{13}\
        \u{4}&\u{2}n\u{17}\u{0}\n\u{3}\u{4}\u{c}\u{14}b\t\u{4}\u{c}\"p\t\u{b}\u{2}G\u{7}\u{3}\u{4}&\u{16}B\
        \u{18}\u{4}&*V\u{18}\u{8}o\u{11}\tterraformp\u{11}\u{1f}<built-in>/tools/terraform.yamlq\u{11}\tTerr\
        aform\u{2}+\u{3}\u{4}\u{6}\u{16}p\u{2}\u{4}\u{6}F\u{1}`\u{3}\u{0}r\u{11}^\u{1}Declares cloud and Saa\
        S infrastructure in HCL files and applies the changes through providers.\u{1}s\u{11}W\u{5}Licensed M\
        PL-2.0 until August 2023, then BUSL-1.1. IBM completed its purchase of HashiCorp on\n27 February 202\
        5. At Mercari a dedicated operations repository held the Terraform code, and a pull\nrequest trigger\
        ed CI that applied it; Cloud SQL and Spanner instances were all created this way, and\na script coul\
        d create a new GCP project at once.\nt\u{11}\u{19}https://www.terraform.io/\u{1}u\u{11}&https://gith\
        ub.com/hashicorp/terraformv\u{11}\u{8}BUSL-1.1\u{1}c\u{7}\u{1}w\u{11}\u{f}HashiCorp (IBM)R\u{7}\u{0}\
        \u{2}H\u{6}\u{3}\u{4} \u{18}^\u{17}\u{4} $j\u{17}\u{0}\u{1}|>\u{0}\u{1}x\u{11}\thashicorp\u{1}\u{2}T\
        \u{3}\u{3}\u{4}&\u{12}x\u{18}\u{4}&>d\u{19}\u{7}\t\u{2}A\u{5}\u{3}\u{4}*\u{16}R\u{1a}\u{4}**f\u{1a}\
        \u{2}T\u{3}\u{3}\u{4},\u{1a}@\u{1b}\u{4},F\u{1}l\u{1b}\u{0}\t\u{2}R\u{5}\u{3}\u{4}.\u{16}B\u{1c}\
        \u{4}.$P\u{1c}\u{2}c\t\u{3}\u{4}0\u{1a}j\u{1c}\u{4}0,|\u{1c}\u{0}\t\u{2}R\u{5}\u{3}\u{4}2\u{16}R\
        \u{1d}\u{4}2$`\u{1d}\u{2}W\t\u{3}\u{4}4\u{1a}z\u{1d}\u{4}44T\u{1e}\u{0}\t\u{2}R\u{5}\u{3}\u{4}6\
        \u{16}j\u{1e}\u{4}6$x\u{1e}\u{2}]\u{6}\u{3}\u{4}8\u{1a}R\u{1f}\u{4}8 X\u{1f}\u{0}\t\u{2}R\u{5}\u{3}\
        \u{4}:\u{16}n\u{1f}\u{4}:$|\u{1f}\u{2}C\u{7}\u{3}\u{4}<\u{1a}V \u{4}<,h \u{1}y\u{11}6The Google prov\
        ider manages IAM policies and bindings.\t\u{2}R\u{5}\u{3}\u{4}@\u{1}\u{16}@#\u{4}@\u{1}$N#\u{2}g\
        \u{8}\u{3}\u{4}B\u{1}\u{1a}h#\u{4}B\u{1}D\u{1}R$\u{1}z\u{11}%The Google provider creates projects.\t\
        \u{2}R\u{5}\u{3}\u{4}F\u{1}\u{16}H&\u{4}F\u{1}$V&\u{2}J\u{8}\u{3}\u{4}H\u{1}\u{1a}p&\u{4}H\u{1},B'\
        \u{0}\u{7}{\u{11}/https://developer.hashicorp.com/terraform/introu\u{11}|\u{11}J\u{1}https://www.has\
        hicorp.com/en/blog/hashicorp-adopts-business-source-license}\u{11}8https://github.com/hashicorp/terr\
        aform/blob/main/LICENSE~\u{11}:https://github.com/hashicorp/terraform/releases/tag/v0.1.0K\u{b}\
        \u{7f}\u{11}C\u{2}https://newsroom.ibm.com/2025-02-27-ibm-completes-acquisition-of-hashicorp,-create\
        s-comprehensive,-end-to-end-hybrid-cloud-platform\u{1}\u{3}\u{4}L\u{1}\u{6}Z'\u{4}Z\u{1}\u{2}z6\u{0}\
        \u{c}\u{3}\u{4}\u{1e}\u{14}p\u{16}\u{4}\u{1e}*F\u{17}\u{3}\u{4}\u{16}\u{e}b\u{13}\u{4}\u{16}Z\u{1}n\
        \u{14}\u{b}\u{2}P\u{6}\u{3}\u{4}Z\u{1}\u{16}N7\u{4}Z\u{1}*b7\u{8}\u{7f}\u{c}@\u{12}\u{1c}<built-in>/\
        tools/velero.yamlA\u{12}\u{6}Velero\u{2}3\u{3}\u{4}\u{6}\u{16}j\u{2}\u{4}\u{6}\"v\u{2}\u{0}B\u{12}`\
        \u{1}Backs up and restores Kubernetes resources and persistent volumes; called Heptio Ark until 2019\
        .\u{1}C\u{12}n\u{3}First released in 2017 as Heptio Ark; renamed Velero with version 0.11 in 2019. V\
        Mware acquired\nHeptio, and the repository moved from the heptio organisation to vmware-tanzu and la\
        ter to\nvelero-io. Accepted into the CNCF sandbox in 2026.\nD\u{12}\u{11}https://velero.io\u{1}{\
        \u{c}b\u{7}\u{1}c\u{7}\u{1}G\u{b}R\u{7}\u{0}\u{2}H\u{6}\u{3}\u{4}\u{1e}\u{18}x\u{13}\u{4}\u{1e}$D\
        \u{14}\u{1}E\u{12}\u{7}sandbox\u{1}B?\u{0}\u{2}x\u{6}w\u{5}\u{2}\u{2}\\\u{4}\u{3}\u{4}&\u{12}|\u{15}\
        \u{4}&,V\u{16}\u{2}A\u{3}\u{3}\u{4}&0Z\u{16}\u{4}&R\u{1}|\u{16}\u{3}\t\u{2}r\u{4}\u{3}\u{4}*\u{16}j\
        \u{17}\u{4}*,@\u{18}\u{2}B\t\u{3}\u{4},\u{1a}Z\u{18}\u{4},4t\u{18}\u{0}\t\u{2}m\u{4}\u{3}\u{4}.\
        \u{16}J\u{19}\u{4}.&Z\u{19}\u{2}x\u{6}\u{3}\u{4}0\u{1a}t\u{19}\u{4}0.H\u{1a}\u{1}A\r\t\u{2}a\u{5}\
        \u{3}\u{4}4\u{16}X\u{1c}\u{4}4$f\u{1c}\u{2}x\u{6}\u{3}\u{4}6\u{1a}@\u{1d}\u{4}6.T\u{1d}\u{0}\u{8}B\r\
        {\u{c}F\u{12}5https://github.com/velero-io/velero/blob/main/LICENSEK\u{b}z\u{c}G\u{12}7https://githu\
        b.com/velero-io/velero/blob/main/README.mdC\rH\u{12}O\u{1}https://github.com/velero-io/velero/blob/m\
        ain/design/Implemented/move-gh-org.md\u{1}\u{3}\u{4}:\u{6}l\u{1d}\u{4}J\u{1}\u{2}r+\u{0}\r\u{3}\u{4}\
         \u{e}R\u{14}\u{4} \u{1c}`\u{14}\u{3}\u{4}\u{1c}\u{14}J\u{13}\u{4}\u{1c}*`\u{13}\u{3}\u{4}\u{14}\
        \u{e}Z\u{f}\u{4}\u{14}T\u{1}`\u{10}\u{b}\u{2}P\u{6}\u{3}\u{4}J\u{1}\u{16}F,\u{4}J\u{1}*Z,\u{2}\u{e}\
        \n\u{12}\u{16}\u{13}n\u{5}\u{14}I\u{12}\u{4}asOf|\u{5}J\u{12}\ncomponentsK\u{12}\u{5}flowsO\u{6}L\
        \u{12}\u{e}gke-panel-2018M\u{12}%<built-in>/stacks/gke-panel-2018.yamlN\u{12}(GKE panel discussion (\
        GCPUG Tokyo, 2018)O\u{12}J\u{1}What a panel of GKE users in Tokyo ran, wanted or set aside in April \
        2018.\u{1}P\u{12}N\rThe panel that followed Mercari's talk at GCPUG Tokyo's Kubernetes Engine Day: p\
        ractitioners\ncompared how they run clusters, logging, CI/CD, security and autoscaling on GKE. Rings\
         summarise the\nroom, not one company.\n\nRings follow the notes' words with the same mapping as the\
         Mercari stack: adopt = in use\n(\u{4f7f}\u{3063}\u{3066}\u{3044}\u{308b}, \"using\"; \u{591a}\
        \u{3044}, \"many do\"); trial = \u{691c}\u{8a3c}\u{4e2d} (\"being trialled\"); assess = wanted, plan\
        ned\nor merely possible (\u{301c}\u{3057}\u{305f}\u{3044} \"want to\", \u{4e88}\u{5b9a} \"planned\",\
         \u{3067}\u{304d}\u{308b} \"can\", \u{4eba}\u{67f1}\u{3082}\u{3068}\u{3080} \"volunteers\nwanted\");\
         hold = not used or set aside (\u{3042}\u{307e}\u{308a}\u{3044}\u{306a}\u{3044} \"hardly anyone\"). \
        Where the notes only imply\nuse (a complaint about a tool, advice on how to run it), the ring is an \
        inference and the component\nsays so. Products carry the ids of that day: Google Container Builder, \
        not Cloud Build, which it\nbecame in July 2018.\n\u{1}Q\u{12}\n2018-04-26\u{1}R\u{12}-https://gcpug-\
        tokyo.connpass.com/event/81224/#\u{f}\tS\u{12}\u{4}toolT\u{12}\tinHouseID\u{13}m\u{5}U\u{12}\u{4}rin\
        gV\u{12}\u{4}roleu\u{5}O\u{6}\u{18}\u{1}\u{2}]\u{6}\u{3}\u{4}*\u{16}V%\u{4}*\u{1c}\\%\u{0}\u{0}\u{0}\
        W\u{12}\u{5}adopt\u{1}X\u{12}@\u{2}Everyone's platform; upgrading often may be better, so that no up\
        grade is a big one (\u{306e}\u{307b}\u{3046}\u{304c}\u{3088}\u{3044}\u{304b}\u{3082}, \"may be bette\
        r\").\u{0}\u{0}\u{3}\u{4}*\nJ%\u{4}0\u{6}`*\u{f}\u{1}\u{2}A\n\u{3}\u{4}0\u{16}p*\u{4}02L+\u{0}\u{0}\
        \u{0}W\u{12}\u{1}Y\u{12}q\u{2}Split pools when machines differ; for version splits, why not blue-gre\
        en (\u{30d6}\u{30eb}\u{30fc}\u{30b0}\u{30ea}\u{30fc}\u{30f3}\u{3059}\u{308c}\u{3070}\u{3088}\u{3044}\
        \u{306e}\u{3067}\u{306f})? Adopt is an inference: the advice assumes pools in use.\u{0}\u{0}\u{3}\
        \u{4}0\nd*\u{4}6\u{6}n1\u{f}\u{1}\u{2}^\u{b}\u{3}\u{4}6\u{16}~1\u{4}6:b2\u{0}\u{0}\u{0}W\u{12}\u{1}Z\
        \u{12}I\u{2}Most used Ingress with the HTTP(S) load balancer (Ingress\u{4f7f}\u{3063}\u{3066}\
        \u{308b}\u{3072}\u{3068}\u{304c}\u{304a}\u{304a}\u{3044}, \"many use Ingress\"); mind the health che\
        ck path.\u{0}\u{0}\u{3}\u{4}6\nr1\u{4}<\u{6}x7\u{f}\u{1}\u{2}U\r\u{3}\u{4}<\u{16}H8\u{4}<,^8\u{0}\
        \u{0}\u{0}W\u{12}\u{1}[\u{12}3Creates the HTTP(S) load balancer for each Ingress.\u{0}\u{0}\u{3}\
        \u{4}<\n|7\u{4}B\u{1}\u{6}@;\u{f}\u{1}\u{2}l\u{8}\u{3}\u{4}B\u{1}\u{16}P;\u{4}B\u{1}>x;\u{0}\u{0}\
        \u{0}W\u{12}\u{1}\\\u{12})The HTTP(S) load balancer behind Ingress.\u{0}\u{0}\u{3}\u{4}B\u{1}\nD;\
        \u{4}H\u{1}\u{6}F>\u{f}\u{1}\u{2}_\r\u{3}\u{4}H\u{1}\u{16}V>\u{4}H\u{1}4t>\u{0}\u{0}\u{0}W\u{12}\
        \u{1}]\u{12}a\u{1}Set one, or the load balancer's health check GETs /; one added later needs the Ing\
        ress recreated.\u{0}\u{0}\u{3}\u{4}H\u{1}\nJ>\u{4}N\u{1}\u{6}vB\u{1}\u{f}\u{1}\u{2}u\u{e}\u{3}\u{4}N\
        \u{1}\u{16}FC\u{1}\u{4}N\u{1}@\u{1}pC\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}^\u{12}=Separation inside share\
        d clusters, even between prod and dev.\u{0}\u{0}\u{3}\u{4}N\u{1}\nzB\u{1}\u{4}T\u{1}\u{6}fF\u{1}\
        \u{f}\u{1}\u{2}e\u{8}\u{3}\u{4}T\u{1}\u{16}vF\u{1}\u{4}T\u{1}4TG\u{1}\u{0}\u{0}\u{0}_\u{12}\u{6}asse\
        ss\u{1}`\u{12}I\u{2}Per-namespace security was wanted (\u{30cd}\u{30fc}\u{30e0}\u{30b9}\u{30da}\
        \u{30fc}\u{30b9}\u{3054}\u{3068}\u{306e}\u{30bb}\u{30ad}\u{30e5}\u{30ea}\u{30c6}\u{30a3}\u{3092}\
        \u{3084}\u{308a}\u{305f}\u{3044}, \"want to do per-namespace security\").\u{0}\u{0}\u{3}\u{4}T\u{1}\
        \njF\u{1}\u{4}Z\u{1}\u{6}lL\u{1}\u{f}\u{1}\u{2}\\\u{e}\u{3}\u{4}Z\u{1}\u{16}|L\u{1}\u{4}Z\u{1}$JM\
        \u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}a\u{12}r\u{1}Taking kubectl away from those who do not need it is th\
        e minimum (kubectl\u{305f}\u{305f}\u{3051}\u{306a}\u{304f}\u{3059}\u{308b}\u{3068}\u{304b}\u{306f}\
        \u{6700}\u{4f4e}\u{9650}).\u{0}\u{0}\u{3}\u{4}Z\u{1}\npL\u{1}\u{4}`\u{1}\u{6}nQ\u{1}\u{f}\u{1}\u{2}z\
        \u{10}\u{3}\u{4}`\u{1}\u{16}~Q\u{1}\u{4}`\u{1}N\u{1}vR\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}b\u{12}Q\u{1}O\
        nly SREs may log in to nodes (\u{30ce}\u{30fc}\u{30c9}\u{306b}\u{30ed}\u{30b0}\u{30a4}\u{30f3}\
        \u{3067}\u{304d}\u{308b}\u{306e}\u{306f}SRE\u{3060}\u{3051}).\u{0}\u{0}\u{3}\u{4}`\u{1}\nrQ\u{1}\
        \u{4}f\u{1}\u{6}XV\u{1}\u{f}\u{1}\u{2}K\u{7}\u{3}\u{4}f\u{1}\u{16}hV\u{1}\u{4}f\u{1}\u{1e}pV\u{1}\
        \u{0}\u{0}\u{0}c\u{12}\u{4}hold\u{1}d\u{12}j\u{1}Cited for running one big cluster (Google\u{306e}Bo\
        rg\u{306f}\u{30ef}\u{30f3}\u{30af}\u{30e9}\u{30b9}\u{30bf}\u{30fc}); not something anyone could run.\
        \u{0}\u{0}\u{3}\u{4}f\u{1}\n\\V\u{1}\u{4}l\u{1}\u{6}B[\u{1}\u{f}\u{1}\u{2}K\t\u{3}\u{4}l\u{1}\u{16}R\
        [\u{1}\u{4}l\u{1}$`[\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}e\u{12}k\u{1}Where most people went (Datadog\
        \u{306b}\u{884c}\u{304f}\u{4eba}\u{304c}\u{591a}\u{3044}); handy with many clusters, and the new con\
        tainer map.\u{0}\u{0}\u{3}\u{4}l\u{1}\nF[\u{1}\u{4}r\u{1}\u{6}v_\u{1}\u{f}\u{1}\u{2}z\u{8}\u{3}\u{4}\
        r\u{1}\u{16}F`\u{1}\u{4}r\u{1}0``\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}f\u{12}F\u{2}Some kept everything i\
        n Stackdriver despite missing features (Stackdriver\u{3060}\u{3051}\u{306e}\u{3072}\u{3068}\u{305f}\
        \u{3061}\u{3082}\u{3044}\u{308b}, \"some use only Stackdriver\").\u{0}\u{0}\u{3}\u{4}r\u{1}\nz_\u{1}\
        \u{4}x\u{1}\u{6}pe\u{1}\u{f}\u{1}\u{2}E\t\u{3}\u{4}x\u{1}\u{16}@f\u{1}\u{4}x\u{1}6`f\u{1}\u{0}\u{0}\
        \u{0}W\u{12}\u{1}g\u{12}l\u{1}Some watched only CPU-level metrics in Stackdriver (CPU\u{30d1}\
        \u{30d5}\u{30a9}\u{30fc}\u{30de}\u{30f3}\u{30b9}\u{3068}\u{304b}\u{304f}\u{3089}\u{3044}\u{306f}\
        \u{898b}\u{3066}\u{3044}\u{308b}).\u{0}\u{0}\u{3}\u{4}x\u{1}\nte\u{1}\u{4}~\u{1}\u{6}xj\u{1}\u{f}\
        \u{1}\u{2}r\u{7}\u{3}\u{4}~\u{1}\u{16}Hk\u{1}\u{4}~\u{1}$Vk\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}h\u{12}E\
        \u{1}CI/CD alongside GCB (GCB\u{3068}\u{304b}Jenkins, answering \"which do you use\").\u{0}\u{0}\
        \u{3}\u{4}~\u{1}\n|j\u{1}\u{4}D\u{2}\u{6}dn\u{1}\u{f}\u{1}\u{2}R\n\u{3}\u{4}D\u{2}\u{16}tn\u{1}\u{4}\
        D\u{2}8Vo\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}i\u{12};CI/CD on Google Cloud (GCB), then called Container \
        Builder.\u{0}\u{0}\u{3}\u{4}D\u{2}\nhn\u{1}\u{4}J\u{2}\u{6}Lr\u{1}\u{f}\u{1}\u{2}`\u{6}\u{3}\u{4}J\
        \u{2}\u{16}\\r\u{1}\u{4}J\u{2}8~r\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}j\u{12}h\u{1}GCB's vulnerability sc\
        anning of container images (GCB\u{306e}\u{8106}\u{5f31}\u{6027}\u{8a3a}\u{65ad}\u{306f}\u{304b}\
        \u{306a}\u{308a}\u{3088}\u{3044}, \"very good\").\u{0}\u{0}\u{3}\u{4}J\u{2}\nPr\u{1}\u{4}P\u{2}\u{6}\
        Rw\u{1}\u{f}\u{1}\u{2}d\n\u{3}\u{4}P\u{2}\u{16}bw\u{1}\u{4}P\u{2}\"nw\u{1}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}k\u{12}e\u{1}Multi-stage builds are a must (\u{30de}\u{30b9}\u{30c8}): small images have fewer \
        vulnerabilities and deploy faster.\u{0}\u{0}\u{3}\u{4}P\u{2}\nVw\u{1}\u{4}V\u{2}\u{6}x{\u{1}\u{f}\
        \u{1}\u{2}B\u{8}\u{3}\u{4}V\u{2}\u{16}H|\u{1}\u{4}V\u{2}4f|\u{1}\u{0}\u{0}\u{0}_\u{12}\u{1}l\u{12}{\
        \u{1}Notifications from CI are possible, though hard (Cloud function\u{4f7f}\u{3063}\u{3066}\u{901a}\
        \u{77e5}\u{3068}\u{304b}\u{51fa}\u{6765}\u{308b}\u{ff08}\u{5927}\u{5909}\u{3060}\u{3051}\u{3069}\
        \u{ff09}, \"can\").\u{0}\u{0}\u{3}\u{4}V\u{2}\n|{\u{1}\u{4}\\\u{2}\u{6}bA\u{2}\u{f}\u{1}\u{2}n\u{c}\
        \u{3}\u{4}\\\u{2}\u{16}rA\u{2}\u{4}\\\u{2}(DB\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}m\u{12}|\u{1}Its Java e\
        rrors are hard without Java expertise (Spinnaker\u{306e}\u{30a8}\u{30e9}\u{30fc}\u{306f}\u{8f9b}\
        \u{3044}); adopt is an inference from that complaint.\u{0}\u{0}\u{3}\u{4}\\\u{2}\nfA\u{2}\u{4}b\u{2}\
        \u{6}|F\u{2}\u{f}\u{1}\u{2}c\u{c}\u{3}\u{4}b\u{2}\u{16}LG\u{2}\u{4}b\u{2}$ZG\u{2}\u{0}\u{0}\u{0}W\
        \u{12}\u{1}n\u{12}N\u{2}Installing with hal shows at least some error logs (hal\u{30b3}\u{30de}\
        \u{30f3}\u{30c9}\u{3067}\u{5165}\u{308c}\u{3066}\u{3044}\u{308c}\u{3070}, \"if you installed with ha\
        l\"); adopt is an inference.\u{0}\u{0}\u{3}\u{4}b\u{2}\n@G\u{2}\u{4}h\u{2}\u{6}zL\u{2}\u{f}\u{1}\
        \u{2}[\u{7}\u{3}\u{4}h\u{2}\u{16}JM\u{2}\u{4}h\u{2}.bM\u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}o\u{12}\\\u{1}\
        Chaos tests are possible through Spinnaker's integration (\u{9023}\u{643a}\u{3067}\u{304d}\u{308b}, \
        \"can integrate\").\u{0}\u{0}\u{3}\u{4}h\u{2}\n~L\u{2}\u{4}n\u{2}\u{6}`Q\u{2}\u{f}\u{1}\u{2}@\u{1}\
        \u{3}\u{4}n\u{2}\u{16}pQ\u{2}\u{4}n\u{2}8RR\u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}p\u{12}U\u{1}Chaos testin\
        g was mentioned as something Spinnaker users can do (\u{30ab}\u{30aa}\u{30b9}\u{30c6}\u{30b9}\
        \u{30c8}).\u{0}\u{0}\u{3}\u{4}n\u{2}\ndQ\u{2}\u{4}t\u{2}\u{6}~U\u{2}\u{f}\u{1}\u{2}v\t\u{3}\u{4}t\
        \u{2}\u{16}NV\u{2}\u{4}t\u{2}:rV\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}q\u{12}e\u{1}Scaling down was very s\
        low (\u{7e2e}\u{9000}\u{304c}\u{3081}\u{3063}\u{3061}\u{3083}\u{9045}\u{3044}); adopt is an inferenc\
        e from that experience.\u{0}\u{0}\u{3}\u{4}t\u{2}\nBV\u{2}\u{4}z\u{2}\u{6}|Z\u{2}\u{f}\u{1}\u{2}G\r\
        \u{3}\u{4}z\u{2}\u{16}L[\u{2}\u{4}z\u{2}H\u{1}~[\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}r\u{12}V\u{2}Asked a\
        bout with the Cluster Autoscaler; for spiky game traffic, last year's KubeCon keynote was recommende\
        d. Adopt is an inference from the question.\u{0}\u{0}\u{3}\u{4}z\u{2}\n@[\u{2}\u{4}@\u{3}\u{6}ja\
        \u{2}\u{f}\u{1}\u{2}e\u{f}\u{3}\u{4}@\u{3}\u{16}za\u{2}\u{4}@\u{3} Db\u{2}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}s\u{12}r\u{1}Mercari's answer: Redis ran on Kubernetes (Redis\u{306f}k8s\u{306b}\u{8f09}\
        \u{3063}\u{3066}\u{3044}\u{308b}); middleware on Kubernetes looked common.\u{0}\u{0}\u{3}\u{4}@\u{3}\
        \nna\u{2}\u{4}F\u{3}\u{6}hf\u{2}\u{f}\u{1}\u{2}^\u{f}\u{3}\u{4}F\u{3}\u{16}xf\u{2}\u{4}F\u{3},Ng\
        \u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}t\u{12}R\u{1}Managed Redis, just announced (\u{305d}\u{3063}\u{3061}\
        \u{306b}\u{3046}\u{3064}\u{308a}\u{305f}\u{3044}, \"want to move there\").\u{0}\u{0}\u{3}\u{4}F\u{3}\
        \nlf\u{2}\u{4}L\u{3}\u{6}xj\u{2}\u{f}\u{1}\u{2}H\u{10}\u{3}\u{4}L\u{3}\u{16}Hk\u{2}\u{4}L\u{3}&Xk\
        \u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}u\u{12}\u{7f}\u{1}Wanted, because Pub/Sub's acknowledgement deadline\
         was too short (\u{52d5}\u{304b}\u{3057}\u{305f}\u{3044}\u{3068}\u{601d}\u{3063}\u{3066}\u{3044}\
        \u{308b}, \"thinking of running it\").\u{0}\u{0}\u{3}\u{4}L\u{3}\n|j\u{2}\u{4}R\u{3}\u{6}\\p\u{2}\
        \u{f}\u{1}\u{2}h\u{6}\u{3}\u{4}R\u{3}\u{16}lp\u{2}\u{4}R\u{3}.Dq\u{2}\u{0}\u{0}\u{0}c\u{12}\u{1}v\
        \u{12}?Set aside for that use because of its acknowledgement deadline.\u{0}\u{0}\u{3}\u{4}R\u{3}\n`p\
        \u{2}\u{4}X\u{3}\u{6}|s\u{2}\u{f}\u{1}\u{2}h\r\u{3}\u{4}X\u{3}\u{16}Lt\u{2}\u{4}X\u{3} Vt\u{2}\u{0}\
        \u{0}\u{0}_\u{12}\u{1}w\u{12}}\u{1}Nobody ran it in production (\u{3044}\u{306a}\u{304b}\u{3063}\
        \u{305f}); planned for App Engine-style versioned URLs (Istio\u{3067}\u{3084}\u{308b}\u{4e88}\
        \u{5b9a}, \"planned\").\u{0}\u{0}\u{3}\u{4}X\u{3}\n@t\u{2}\u{4}^\u{3}\u{6}Vy\u{2}\u{f}\u{1}\u{2}Q\
        \u{6}\u{3}\u{4}^\u{3}\u{16}fy\u{2}\u{4}^\u{3}*zy\u{2}\u{0}\u{0}\u{0}c\u{12}\u{1}x\u{12}6The model fo\
        r versioned URLs, not the platform in use.\u{0}\u{0}\u{3}\u{4}^\u{3}\nZy\u{2}\u{4}d\u{3}\u{6}`|\u{2}\
        \u{f}\u{1}\u{2}\u{7f}\r\u{3}\u{4}d\u{3}\u{16}p|\u{2}\u{4}d\u{3}(B}\u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}y\
        \u{12}4Volunteers wanted to try it first (\u{4eba}\u{67f1}\u{3082}\u{3068}\u{3080}).\u{0}\u{0}\u{3}\
        \u{4}d\u{3}\nd|\u{2}\u{4}j\u{3}\u{6}l\u{7f}\u{2}\u{f}\u{1}\u{2}r\n\u{3}\u{4}j\u{3}\u{16}|\u{7f}\u{2}\
        \u{4}j\u{3}8^@\u{3}\u{0}\u{0}\u{0}c\u{12}\u{1}z\u{12}M\u{1}Hardly anyone in the room ran Kubernetes \
        on it (\u{4eca}\u{65e5}\u{306f}\u{3042}\u{307e}\u{308a}\u{3044}\u{306a}\u{3044}).\u{0}\u{0}\u{3}\
        \u{4}j\u{3}\np\u{7f}\u{2}\u{4}p\u{3}\u{6}vC\u{3}\u{f}\u{1}\u{2}p\u{6}\u{3}\u{4}p\u{3}\u{16}FD\u{3}\
        \u{4}p\u{3},\\D\u{3}\u{0}\u{0}\u{0}_\u{12}\u{1}{\u{12}q\u{1}Watched as a managed alternative outside\
         GKE (\u{5b9f}\u{73fe}\u{3059}\u{308b}\u{3068}\u{3059}\u{3054}\u{3044}\u{3051}\u{3069}, \"would be g\
        reat if it comes true\").\u{0}\u{0}\u{3}\u{4}p\u{3}\nzC\u{3}\u{4}v\u{3}\u{6}DI\u{3}\u{f}\u{1}\u{2}\\\
        \u{2}\u{3}\u{4}v\u{3}\u{16}TI\u{3}\u{4}v\u{3}@\u{1}~I\u{3}\u{0}\u{0}\u{0}_\u{12}\u{1}|\u{12}g\u{1}Su\
        ggested for node pool upgrades (\u{30d6}\u{30eb}\u{30fc}\u{30b0}\u{30ea}\u{30fc}\u{30f3}\u{3059}\
        \u{308c}\u{3070}\u{3088}\u{3044}\u{306e}\u{3067}\u{306f}, \"why not blue-green\").\u{0}\u{0}\u{3}\
        \u{4}v\u{3}\nHI\u{3}\u{4}|\u{3}\u{2}NN\u{3}\u{b}\u{10}\u{3}}\u{12}\u{4}from~\u{12}\u{2}to`\u{4}\u{2}\
        R\n\u{3}\u{4}~\u{3}\u{16}pN\u{3}\u{4}~\u{3}8RO\u{3}\u{2}`\u{6}\u{3}\u{4}@\u{4}\u{12}dO\u{3}\u{4}@\
        \u{4}4FP\u{3}\u{1}\u{7f}\u{12}\"images scanned for vulnerabilities\u{10}\u{2}R\n\u{3}\u{4}D\u{4}\
        \u{16}xQ\u{3}\u{4}D\u{4}8ZR\u{3}\u{2}B\u{8}\u{3}\u{4}F\u{4}\u{12}lR\u{3}\u{4}F\u{4}0JS\u{3}\u{1}@\
        \u{13}\u{13}build notifications\u{10}\u{2}r\u{7}\u{3}\u{4}J\u{4}\u{16}^T\u{3}\u{4}J\u{4}$lT\u{3}\
        \u{2}]\u{6}\u{3}\u{4}L\u{4}\u{12}~T\u{3}\u{4}L\u{4}\u{18}DU\u{3}\u{1}A\u{13}\u{7}deploys\u{10}\u{2}n\
        \u{c}\u{3}\u{4}P\u{4}\u{16}@V\u{3}\u{4}P\u{4}(RV\u{3}\u{2}]\u{6}\u{3}\u{4}R\u{4}\u{12}dV\u{3}\u{4}R\
        \u{4}\u{18}jV\u{3}\u{1}A\u{13}\u{10}\u{2}c\u{c}\u{3}\u{4}V\u{4}\u{16}fW\u{3}\u{4}V\u{4}$tW\u{3}\u{2}\
        n\u{c}\u{3}\u{4}X\u{4}\u{12}FX\u{3}\u{4}X\u{4}$XX\u{3}\u{1}B\u{13}\u{8}installs\u{10}\u{2}[\u{7}\
        \u{3}\u{4}\\\u{4}\u{16}VY\u{3}\u{4}\\\u{4}.nY\u{3}\u{2}n\u{c}\u{3}\u{4}^\u{4}\u{12}@Z\u{3}\u{4}^\
        \u{4}$RZ\u{3}\u{1}C\u{13}\u{11}reads deployments\u{10}\u{2}^\u{b}\u{3}\u{4}b\u{4}\u{16}b[\u{3}\u{4}b\
        \u{4}:F\\\u{3}\u{2}U\r\u{3}\u{4}d\u{4}\u{12}X\\\u{3}\u{4}d\u{4}(n\\\u{3}\u{1}D\u{13}\u{f}Ingress obj\
        ects\u{10}\u{2}U\r\u{3}\u{4}h\u{4}\u{16}z]\u{3}\u{4}h\u{4},P^\u{3}\u{2}l\u{8}\u{3}\u{4}j\u{4}\u{12}b\
        ^\u{3}\u{4}j\u{4}:J_\u{3}\u{1}E\u{13}\u{1e}creates HTTP(S) load balancers\u{10}\u{2}U\r\u{3}\u{4}n\
        \u{4}\u{16}t`\u{3}\u{4}n\u{4},Ja\u{3}\u{2}_\r\u{3}\u{4}p\u{4}\u{12}\\a\u{3}\u{4}p\u{4}0za\u{3}\u{1}F\
        \u{13}\u{11}health check path\u{10}\u{2}v\t\u{3}\u{4}t\u{4}\u{16}Jc\u{3}\u{4}t\u{4}:nc\u{3}\u{2}A\n\
        \u{3}\u{4}v\u{4}\u{12}@d\u{3}\u{4}v\u{4}.\\d\u{3}\u{1}G\u{13}\u{7}resizes\u{10}\u{2}e\u{f}\u{3}\u{4}\
        z\u{4}\u{16}Xe\u{3}\u{4}z\u{4} be\u{3}\u{2}]\u{6}\u{3}\u{4}|\u{4}\u{12}te\u{3}\u{4}|\u{4}\u{18}ze\
        \u{3}\u{1}b\u{5}\u{1}\u{2}P\u{6}\u{3}\u{4}\"\u{16}^\"\u{4}\"*r\"\u{e}H\u{13}\u{c}mercari-2018I\u{13}\
        #<built-in>/stacks/mercari-2018.yamlJ\u{13}#Mercari microservices on GKE (2018)K\u{13}]\u{1}API gate\
        way and Go microservices on GKE, migrated from a monolith with the strangler pattern.\u{1}L\u{13}\\\
        \u{c}As presented at GCPUG Tokyo's Kubernetes Engine Day on 26 April 2018: the existing monolith sta\
        yed\nin a dedicated data centre at Sakura Internet while a new Go API gateway on GKE fronted it and \
        the\nnew services, which talk gRPC. Each country had one production cluster, each team a namespace, \
        and\neach service its own GCP project for IAM; data went to managed Google Cloud services.\n\nRings \
        follow the notes' words, one mapping for every stack: adopt = in use (\u{4f7f}\u{3063}\u{3066}\
        \u{3044}\u{308b}, \"using\");\ntrial = \u{691c}\u{8a3c}\u{4e2d} (\"being trialled\"); assess = wante\
        d, planned or merely possible (\u{301c}\u{3057}\u{305f}\u{3044} \"want to\",\n\u{3064}\u{3082}\
        \u{308a} \"intend to\", \u{307e}\u{3060} \"not yet\", \u{3067}\u{304d}\u{308b}/\u{53ef}\u{80fd} \"ca\
        n\"); hold = explicitly not used (\u{4f7f}\u{308f}\u{305a}\n\"without using\"). Where a ring is an i\
        nterpretation, the component says which phrase it rests on.\n\u{1}Q\u{12}\u{2}M\u{13}>https://speake\
        rdeck.com/tcnksm/microservices-on-gke-at-mercariR\u{12}1\u{f}\u{0}\u{1}\u{2}N\u{13}\u{14}mercari-ded\
        icated-dc\u{3}\u{4}(\u{12}H&\u{4}(:p&\u{1}O\u{13}'Dedicated data centre (Sakura Internet)\u{1}\u{2}Z\
        \u{1}\u{3}\u{4},\u{1e}r(\u{4},B\u{1}V)W\u{12}\u{1}P\u{13}w\u{1}Where the existing monolith ran (\
        \u{3055}\u{304f}\u{3089}\u{30a4}\u{30f3}\u{30bf}\u{30fc}\u{30cd}\u{30c3}\u{30c8}\u{306e}\u{5c02}\
        \u{7528}DC, \"Sakura Internet's dedicated data centre\").\u{0}\u{0}\u{3}\u{4}(\n@&\u{4}2\u{6}H.\u{f}\
        \u{0}\u{1}\u{2}Q\u{13}\u{10}mercari-monolith\u{3}\u{4}2\u{12}T.\u{4}22t.\u{1}R\u{13} Monolith (dedic\
        ated data centre)\u{1}\u{2}'\u{3}\u{4}6\u{1e}h0\u{4}6H\u{1}R1W\u{12}\u{1}S\u{13}@\u{1}The existing m\
        onolithic service, shrinking as features move out.\u{0}\u{0}\u{3}\u{4}2\nL.\u{4}<\u{6}N4\u{f}\u{0}\
        \u{1}\u{2}T\u{13}\u{13}mercari-api-gateway\u{3}\u{4}<\u{12}Z4\u{4}<8@5\u{1}U\u{13}\u{1a}API gateway \
        (in-house, Go)\u{1}\u{2}#\u{3}\u{4}@\u{1}\u{1e}h6\u{4}@\u{1}4~6W\u{12}\u{1}V\u{13}b\u{1}Single entry\
         point in front of the monolith and the new services, written from scratch in pure Go.\u{0}\u{0}\
        \u{3}\u{4}<\nR4\u{4}F\u{1}\u{6}~:\u{f}\u{0}\u{1}\u{2}W\u{13}\u{14}mercari-auth-service\u{3}\u{4}F\
        \u{1}\u{12}J;\u{4}F\u{1}:r;\u{1}X\u{13}%Authentication service (in-house, Go)\u{1}\u{2}]\u{1}\u{3}\
        \u{4}J\u{1}\u{1e}p=\u{4}J\u{1}<N>W\u{12}\u{1}Y\u{13}I\u{1}Authentication that the gateway needs, spl\
        it out as a service of its own.\u{0}\u{0}\u{3}\u{4}F\u{1}\nB;\u{4}P\u{1}\u{6}\\A\u{1}\u{f}\u{0}\u{1}\
        \u{2}Z\u{13}\u{15}mercari-microservices\u{3}\u{4}P\u{1}\u{12}hA\u{1}\u{4}P\u{1}<RB\u{1}\u{1}[\u{13}\
        \u{1c}Microservices (in-house, Go)\u{1}\u{2}'\u{3}\u{4}T\u{1}\u{1e}~C\u{1}\u{4}T\u{1}H\u{1}hD\u{1}W\
        \u{12}\u{1}\\\u{13}J\u{1}New services in containers on GKE, one namespace and one GCP project each.\
        \u{0}\u{0}\u{3}\u{4}P\u{1}\n`A\u{1}\u{4}Z\u{1}\u{6}xG\u{1}\u{f}\u{1}\u{2}M\u{6}\u{3}\u{4}Z\u{1}\
        \u{16}HH\u{1}\u{4}Z\u{1}0bH\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}]\u{13}^\u{1}The target architecture: sma\
        ll services with clear boundaries, each tested and deployed alone.\u{0}\u{0}\u{3}\u{4}Z\u{1}\n|G\
        \u{1}\u{4}`\u{1}\u{6}^L\u{1}\u{f}\u{1}\u{2}A\u{6}\u{3}\u{4}`\u{1}\u{16}nL\u{1}\u{4}`\u{1}<TM\u{1}\
        \u{0}\u{0}\u{0}W\u{12}\u{1}^\u{13}g\u{1}All client traffic goes through the gateway, so clients cann\
        ot tell the monolith from the new services.\u{0}\u{0}\u{3}\u{4}`\u{1}\nbL\u{1}\u{4}f\u{1}\u{6}^Q\
        \u{1}\u{f}\u{1}\u{2}e\u{11}\u{3}\u{4}f\u{1}\u{16}nQ\u{1}\u{4}f\u{1}0HR\u{1}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}_\u{13}I\u{1}Features move out of the monolith one by one behind the gateway's facade.\u{0}\
        \u{0}\u{3}\u{4}f\u{1}\nbQ\u{1}\u{4}l\u{1}\u{6}VU\u{1}\u{f}\u{1}\u{2}]\u{6}\u{3}\u{4}l\u{1}\u{16}fU\
        \u{1}\u{4}l\u{1}\u{1c}lU\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}`\u{13}Y\u{1}One production cluster per coun\
        try; Japan also had a development cluster to be folded in.\u{0}\u{0}\u{3}\u{4}l\u{1}\nZU\u{1}\u{4}r\
        \u{1}\u{6}^Y\u{1}\u{f}\u{1}\u{2}x\u{6}\u{3}\u{4}r\u{1}\u{16}nY\u{1}\u{4}r\u{1}*BZ\u{1}\u{0}\u{0}\
        \u{0}W\u{12}\u{1}a\u{13}L\u{1}Operations work at the level of 'deploy a container', whatever the lan\
        guage.\u{0}\u{0}\u{3}\u{4}r\u{1}\nbY\u{1}\u{4}x\u{1}\u{6}V]\u{1}\u{f}\u{1}\u{2}A\n\u{3}\u{4}x\u{1}\
        \u{16}f]\u{1}\u{4}x\u{1}2B^\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}b\u{13}E\u{1}n1-standard node pools, with\
         a high-memory pool for machine learning.\u{0}\u{0}\u{3}\u{4}x\u{1}\nZ]\u{1}\u{4}~\u{1}\u{6}Ha\u{1}\
        \u{f}\u{1}\u{2}G\n\u{3}\u{4}~\u{1}\u{16}Xa\u{1}\u{4}~\u{1}N\u{1}Pb\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}c\
        \u{13}g\u{1}n1-standard for most nodes, HighMem only for machine learning (\u{57fa}\u{672c}\u{306f}n\
        1-standard\u{3002}ML\u{3060}\u{3051}HighMem).\u{0}\u{0}\u{3}\u{4}~\u{1}\nLa\u{1}\u{4}D\u{2}\u{6}^f\
        \u{1}\u{f}\u{1}\u{2}u\u{e}\u{3}\u{4}D\u{2}\u{16}nf\u{1}\u{4}D\u{2}@\u{1}Xg\u{1}\u{0}\u{0}\u{0}W\
        \u{12}\u{1}d\u{13}#One namespace per service and team.\u{0}\u{0}\u{3}\u{4}D\u{2}\nbf\u{1}\u{4}J\u{2}\
        \u{6}Zi\u{1}\u{f}\u{1}\u{2}e\u{8}\u{3}\u{4}J\u{2}\u{16}ji\u{1}\u{4}J\u{2}4Hj\u{1}\u{0}\u{0}\u{0}_\
        \u{12}\u{1}e\u{13}l\u{1}RBAC per namespace was wanted but not in place (\u{3064}\u{3051}\u{3066}\
        \u{3044}\u{304d}\u{305f}\u{3044}\u{ff08}\u{307e}\u{3060}\u{ff09}, \"want to add (not yet)\").\u{0}\
        \u{0}\u{3}\u{4}J\u{2}\n^i\u{1}\u{4}P\u{2}\u{6}fn\u{1}\u{f}\u{1}\u{2}C\u{7}\u{3}\u{4}P\u{2}\u{16}vn\
        \u{1}\u{4}P\u{2}(Ho\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}f\u{13}7IAM is coarse, so IAM was assigned per se\
        rvice project.\u{0}\u{0}\u{3}\u{4}P\u{2}\njn\u{1}\u{4}V\u{2}\u{6}rq\u{1}\u{f}\u{1}\u{2}g\u{8}\u{3}\
        \u{4}V\u{2}\u{16}Br\u{1}\u{4}V\u{2}@\u{1}lr\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}g\u{13}V\u{1}The unit of \
        isolation: one GCP project per service, created by a script and Terraform.\u{0}\u{0}\u{3}\u{4}V\u{2}\
        \nvq\u{1}\u{4}\\\u{2}\u{6}Xv\u{1}\u{f}\u{1}\u{2}R\u{c}\u{3}\u{4}\\\u{2}\u{16}hv\u{1}\u{4}\\\u{2}\
        \u{1e}pv\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}h\u{13}L\u{1}Gateway and services talk gRPC: no more REST fa\
        tigue or JSON type ambiguity.\u{0}\u{0}\u{3}\u{4}\\\u{2}\n\\v\u{1}\u{4}b\u{2}\u{6}Hz\u{1}\u{f}\u{1}\
        \u{2}\\\u{c}\u{3}\u{4}b\u{2}\u{16}Xz\u{1}\u{4}b\u{2}6xz\u{1}\u{0}\u{0}\u{0}W\u{12}\u{1}i\u{13}I\u{1}\
        API definitions, with client and server code generated for each language.\u{0}\u{0}\u{3}\u{4}b\u{2}\
        \nLz\u{1}\u{4}h\u{2}\u{6}F~\u{1}\u{f}\u{1}\u{2}d\n\u{3}\u{4}h\u{2}\u{16}V~\u{1}\u{4}h\u{2}\"b~\u{1}\
        \u{0}\u{0}\u{0}W\u{12}\u{1}j\u{13}1Every microservice is built as a container image.\u{0}\u{0}\u{3}\
        \u{4}h\u{2}\nJ~\u{1}\u{4}n\u{2}\u{6}@A\u{2}\u{f}\u{1}\u{2}i\u{7}\u{3}\u{4}n\u{2}\u{16}PA\u{2}\u{4}n\
        \u{2}&`A\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}k\u{13}^\u{1}Builds the container images; easier than Contai\
        ner Builder for notifications and integrations.\u{0}\u{0}\u{3}\u{4}n\u{2}\nDA\u{2}\u{4}t\u{2}\u{6}\\\
        E\u{2}\u{f}\u{1}\u{2}n\u{c}\u{3}\u{4}t\u{2}\u{16}lE\u{2}\u{4}t\u{2}(~E\u{2}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}l\u{13}/Deploys the images that CircleCI builds to GKE.\u{0}\u{0}\u{3}\u{4}t\u{2}\n`E\u{2}\u{4}\
        z\u{2}\u{6}XH\u{2}\u{f}\u{1}\u{2}R\u{11}\u{3}\u{4}z\u{2}\u{16}hH\u{2}\u{4}z\u{2}D\u{1}VI\u{2}\u{0}\
        \u{0}\u{0}_\u{12}\u{1}m\u{13}q\u{1}Deployment settings as YAML are possible with it (\u{4f7f}\
        \u{3046}\u{3068}\u{2026}\u{6307}\u{5b9a}\u{3082}\u{53ef}\u{80fd}, \"using it, \u{2026} is also possi\
        ble\").\u{0}\u{0}\u{3}\u{4}z\u{2}\n\\H\u{2}\u{4}@\u{3}\u{6}~M\u{2}\u{f}\u{1}\u{2}N\u{e}\u{3}\u{4}@\
        \u{3}\u{16}NN\u{2}\u{4}@\u{3}$\\N\u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}n\u{13}i\u{1}Scored, automated cana\
        ry releases are possible with it (\u{4f7f}\u{3048}\u{3070}\u{2026}\u{51fa}\u{6765}\u{308b}, \"if you\
         use it, you can\").\u{0}\u{0}\u{3}\u{4}@\u{3}\nBN\u{2}\u{4}F\u{3}\u{6}tR\u{2}\u{f}\u{1}\u{2}_\u{2}\
        \u{3}\u{4}F\u{3}\u{16}DS\u{2}\u{4}F\u{3}2`S\u{2}\u{0}\u{0}\u{0}_\u{12}\u{1}o\u{13}N\u{2}Spinnaker ca\
        n do canary releases on the cluster (\u{30ab}\u{30ca}\u{30ea}\u{30fc}\u{30ea}\u{30ea}\u{30fc}\
        \u{30b9}\u{306a}\u{3069}\u{304c}\u{3067}\u{304d}\u{308b}, \"can do canary releases\"); not said to b\
        e in use.\u{0}\u{0}\u{3}\u{4}F\u{3}\nxR\u{2}\u{4}L\u{3}\u{6}BY\u{2}\u{f}\u{1}\u{2}o\u{11}\u{3}\u{4}L\
        \u{3}\u{16}RY\u{2}\u{4}L\u{3}(dY\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}p\u{13}u\u{1}Creates Cloud SQL and S\
        panner instances and GCP projects from a dedicated repository, applied by CI on pull requests.\u{0}\
        \u{0}\u{3}\u{4}L\u{3}\nFY\u{2}\u{4}R\u{3}\u{6}J^\u{2}\u{f}\u{1}\u{2}T\u{3}\u{3}\u{4}R\u{3}\u{16}Z^\
        \u{2}\u{4}R\u{3}B\u{1}F_\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}q\u{13}@\u{1}All managed infrastructure, inc\
        luding new GCP projects, is code.\u{0}\u{0}\u{3}\u{4}R\u{3}\nN^\u{2}\u{4}X\u{3}\u{6}Bb\u{2}\u{f}\
        \u{1}\u{2}c\t\u{3}\u{4}X\u{3}\u{16}Rb\u{2}\u{4}X\u{3}(db\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}r\u{13}*Mana\
        ged relational databases for services.\u{0}\u{0}\u{3}\u{4}X\u{3}\nFb\u{2}\u{4}^\u{3}\u{6}td\u{2}\
        \u{f}\u{1}\u{2}W\t\u{3}\u{4}^\u{3}\u{16}De\u{2}\u{4}^\u{3}0^e\u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}s\u{13}\
        5Managed, horizontally scalable database for services.\u{0}\u{0}\u{3}\u{4}^\u{3}\nxd\u{2}\u{4}d\u{3}\
        \u{6}Dh\u{2}\u{f}\u{1}\u{2}e\u{f}\u{3}\u{4}d\u{3}\u{16}Th\u{2}\u{4}d\u{3} ^h\u{2}\u{0}\u{0}\u{0}W\
        \u{12}\u{1}t\u{13}a\u{1}Ran on Kubernetes (Redis\u{306f}k8s\u{306b}\u{8f09}\u{3063}\u{3066}\u{3044}\
        \u{308b}, \"Redis is on k8s\"); to move to a managed Redis.\u{0}\u{0}\u{3}\u{4}d\u{3}\nHh\u{2}\u{4}j\
        \u{3}\u{6}dl\u{2}\u{f}\u{1}\u{2}^\u{f}\u{3}\u{4}j\u{3}\u{16}tl\u{2}\u{4}j\u{3},Jm\u{2}\u{0}\u{0}\
        \u{0}_\u{12}\u{1}u\u{13}^\u{1}Managed Redis, announced in beta that day (\u{305d}\u{3063}\u{3061}\
        \u{306b}\u{3046}\u{3064}\u{308a}\u{305f}\u{3044}, \"want to move there\").\u{0}\u{0}\u{3}\u{4}j\u{3}\
        \nhl\u{2}\u{4}p\u{3}\u{6}Lq\u{2}\u{f}\u{1}\u{2}z\u{8}\u{3}\u{4}p\u{3}\u{16}\\q\u{2}\u{4}p\u{3}0vq\
        \u{2}\u{0}\u{0}\u{0}W\u{12}\u{1}v\u{13}m\u{2}Logs gathered in Stackdriver (Stackdriver\u{306b}\
        \u{307e}\u{3068}\u{3081}\u{3066}); Stackdriver Logging sank each service's logs into a BigQuery data\
        set of its own, so teams saw only their own logs.\u{0}\u{0}\u{3}\u{4}p\u{3}\nPq\u{2}\u{4}v\u{3}\u{6}\
        Px\u{2}\u{f}\u{1}\u{2}}\u{6}\u{3}\u{4}v\u{3}\u{16}`x\u{2}\u{4}v\u{3}&px\u{2}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}w\u{13}5One dataset per service receives that service's logs.\u{0}\u{0}\u{3}\u{4}v\u{3}\nTx\
        \u{2}\u{4}|\u{3}\u{6}V{\u{2}\u{f}\u{1}\u{2}K\t\u{3}\u{4}|\u{3}\u{16}f{\u{2}\u{4}|\u{3}$t{\u{2}\u{0}\
        \u{0}\u{0}W\u{12}\u{1}x\u{13}I\u{1}Main monitoring, chosen over Stackdriver Monitoring for its integ\
        rations.\u{0}\u{0}\u{3}\u{4}|\u{3}\nZ{\u{2}\u{4}B\u{4}\u{6}B\u{7f}\u{2}\u{f}\u{1}\u{2}U\u{f}\u{3}\
        \u{4}B\u{4}\u{16}R\u{7f}\u{2}\u{4}B\u{4}&b\u{7f}\u{2}\u{0}\u{0}\u{0}y\u{13}\u{5}trial\u{1}z\u{13}R\
        \u{1}Datadog with Logmatic for logs (Datadog + Logmatic\u{3092}\u{691c}\u{8a3c}\u{4e2d}, \"being tri\
        alled\").\u{0}\u{0}\u{3}\u{4}B\u{4}\nF\u{7f}\u{2}\u{4}H\u{4}\u{6}JC\u{3}\u{f}\u{1}\u{2}T\u{b}\u{3}\
        \u{4}H\u{4}\u{16}ZC\u{3}\u{4}H\u{4}\"fC\u{3}\u{0}\u{0}\u{0}W\u{12}\u{1}{\u{13}7Error tracking, inste\
        ad of Stackdriver Error Reporting.\u{0}\u{0}\u{3}\u{4}H\u{4}\nNC\u{3}\u{4}N\u{4}\u{6}PF\u{3}\u{f}\
        \u{1}\u{2}^\u{b}\u{3}\u{4}N\u{4}\u{16}`F\u{3}\u{4}N\u{4}:DG\u{3}\u{0}\u{0}\u{0}W\u{12}\u{1}|\u{13}2E\
        xposes services; its hostnames drive DNS records.\u{0}\u{0}\u{3}\u{4}N\u{4}\nTF\u{3}\u{4}T\u{4}\u{6}\
        hI\u{3}\u{f}\u{1}\u{2}V\u{b}\u{3}\u{4}T\u{4}\u{16}xI\u{3}\u{4}T\u{4}.PJ\u{3}\u{0}\u{0}\u{0}W\u{12}\
        \u{1}}\u{13}=Registers each Ingress's hostname in Cloud DNS automatically.\u{0}\u{0}\u{3}\u{4}T\u{4}\
        \nlI\u{3}\u{4}Z\u{4}\u{6}FM\u{3}\u{f}\u{1}\u{2}J\u{8}\u{3}\u{4}Z\u{4}\u{16}VM\u{3}\u{4}Z\u{4}(hM\
        \u{3}\u{0}\u{0}\u{0}W\u{12}\u{1}~\u{13}\u{14}Hosts the DNS zones.\u{0}\u{0}\u{3}\u{4}Z\u{4}\nJM\u{3}\
        \u{4}`\u{4}\u{6}LO\u{3}\u{f}\u{1}\u{2}u\u{8}\u{3}\u{4}`\u{4}\u{16}\\O\u{3}\u{4}`\u{4}.tO\u{3}\u{0}\
        \u{0}\u{0}W\u{12}\u{1}\u{7f}\u{13}L\u{3}TLS certificates, set up per cluster (\u{30af}\u{30e9}\
        \u{30b9}\u{30bf}\u{30fc}\u{304c}\u{5897}\u{3048}\u{308b}\u{305f}\u{3073}\u{306b}Let's encrypt\
        \u{3068}\u{304b}\u{3057}\u{305f}\u{304f}\u{306a}\u{3044}, \"don't want to do Let's Encrypt for every\
         new cluster\"); adopt is an inference from that wish.\u{0}\u{0}\u{3}\u{4}`\u{4}\nPO\u{3}\u{4}f\u{4}\
        \u{6}PW\u{3}\u{f}\u{1}\u{2}v\u{c}\u{3}\u{4}f\u{4}\u{16}`W\u{3}\u{4}f\u{4}*tW\u{3}\u{0}\u{0}\u{0}W\
        \u{12}\u{1}@\u{14}=Backs up the contents of Kubernetes volumes to Cloud Storage.\u{0}\u{0}\u{3}\u{4}\
        f\u{4}\nTW\u{3}\u{4}l\u{4}\u{6}jZ\u{3}\u{f}\u{1}\u{2}B\t\u{3}\u{4}l\u{4}\u{16}zZ\u{3}\u{4}l\u{4}0T[\
        \u{3}\u{0}\u{0}\u{0}W\u{12}\u{1}A\u{14}\u{16}Holds the Ark backups.\u{0}\u{0}\u{3}\u{4}l\u{4}\nnZ\
        \u{3}\u{4}r\u{4}\u{6}|\\\u{3}\u{f}\u{1}\u{2}h\r\u{3}\u{4}r\u{4}\u{16}L]\u{3}\u{4}r\u{4} V]\u{3}\u{0}\
        \u{0}\u{0}_\u{12}\u{1}B\u{14}x\u{1}Planned service mesh, for authentication and circuit breaking thr\
        ough Envoy sidecars (\u{4f7f}\u{3046}\u{3064}\u{3082}\u{308a}, \"intend to use\").\u{0}\u{0}\u{3}\
        \u{4}r\u{4}\n@]\u{3}\u{4}x\u{4}\u{6}Lb\u{3}\u{f}\u{1}\u{2}@\u{b}\u{3}\u{4}x\u{4}\u{16}\\b\u{3}\u{4}x\
        \u{4} fb\u{3}\u{0}\u{0}\u{0}_\u{12}\u{1}C\u{14}*The sidecar proxy that Istio would inject.\u{0}\u{0}\
        \u{3}\u{4}x\u{4}\nPb\u{3}\u{4}~\u{4}\u{6}xd\u{3}\u{f}\u{1}\u{2}I\u{b}\u{3}\u{4}~\u{4}\u{16}He\u{3}\
        \u{4}~\u{4}$Ve\u{3}\u{0}\u{0}\u{0}_\u{12}\u{1}D\u{14}O\u{1}How Istio would inject Envoy beside each \
        service (\u{30b5}\u{30a4}\u{30c9}\u{30ab}\u{30fc}\u{30d1}\u{30bf}\u{30fc}\u{30f3}).\u{0}\u{0}\u{3}\
        \u{4}~\u{4}\n|d\u{3}\u{4}D\u{5}\u{6}rh\u{3}\u{f}\u{1}\u{2}u\u{7}\u{3}\u{4}D\u{5}\u{16}Bi\u{3}\u{4}D\
        \u{5}4`i\u{3}\u{0}\u{0}\u{0}_\u{12}\u{1}E\u{14}F\u{1}One of the things Istio would handle (\u{30b5}\
        \u{30fc}\u{30ad}\u{30c3}\u{30c8}\u{30d6}\u{30ec}\u{30fc}\u{30ab}\u{30fc}).\u{0}\u{0}\u{3}\u{4}D\u{5}\
        \nvh\u{3}\u{4}J\u{5}\u{6}jl\u{3}\u{f}\u{1}\u{2}J\u{c}\u{3}\u{4}J\u{5}\u{16}zl\u{3}\u{4}J\u{5}$Hm\
        \u{3}\u{0}\u{0}\u{0}y\u{13}\u{1}F\u{14}E\u{1}Chaos experiments from a GUI (Gremlin\u{3092}\u{691c}\
        \u{8a3c}\u{4e2d}, \"being trialled\").\u{0}\u{0}\u{3}\u{4}J\u{5}\nnl\u{3}\u{4}P\u{5}\u{6}Vp\u{3}\
        \u{f}\u{1}\u{2}R\n\u{3}\u{4}P\u{5}\u{16}fp\u{3}\u{4}P\u{5}8Hq\u{3}\u{0}\u{0}\u{0}c\u{12}\u{1}G\u{14}\
        G\u{1}Not used: CircleCI integrates more easily (\u{4f7f}\u{308f}\u{305a}, \"without using\").\u{0}\
        \u{0}\u{3}\u{4}P\u{5}\nZp\u{3}\u{4}V\u{5}\u{6}Xt\u{3}\u{f}\u{1}\u{2}E\t\u{3}\u{4}V\u{5}\u{16}ht\u{3}\
        \u{4}V\u{5}6Hu\u{3}\u{0}\u{0}\u{0}c\u{12}\u{1}H\u{14}?Not used: Datadog instead (Stackdriver Monitor\
        ing\u{306f}\u{4f7f}\u{308f}\u{305a}).\u{0}\u{0}\u{3}\u{4}V\u{5}\n\\t\u{3}\u{4}\\\u{5}\u{6}Dx\u{3}\
        \u{f}\u{1}\u{2}N\u{b}\u{3}\u{4}\\\u{5}\u{16}Tx\u{3}\u{4}\\\u{5}4rx\u{3}\u{0}\u{0}\u{0}c\u{12}\u{1}I\
        \u{14}C\u{1}Not used: Sentry instead (Stackdriver Error Reporting\u{3082}\u{4f7f}\u{308f}\u{305a}).\
        \u{0}\u{0}\u{3}\u{4}\\\u{5}\nHx\u{3}\u{4}b\u{5}\u{2}r{\u{3}\u{12}\u{10}\u{2}i\u{7}\u{3}\u{4}d\u{5}\
        \u{16}T|\u{3}\u{4}d\u{5}&d|\u{3}\u{2}n\u{c}\u{3}\u{4}f\u{5}\u{12}v|\u{3}\u{4}f\u{5}$H}\u{3}\u{1}J\
        \u{14}\u{10}container images\u{10}\u{2}n\u{c}\u{3}\u{4}j\u{5}\u{16}V~\u{3}\u{4}j\u{5}(h~\u{3}\u{2}]\
        \u{6}\u{3}\u{4}l\u{5}\u{12}z~\u{3}\u{4}l\u{5}\u{18}@\u{7f}\u{3}\u{1}A\u{13}\u{10}\u{2}o\u{11}\u{3}\
        \u{4}p\u{5}\u{16}|\u{7f}\u{3}\u{4}p\u{5}(N@\u{4}\u{2}c\t\u{3}\u{4}r\u{5}\u{12}`@\u{4}\u{4}r\u{5}$r@\
        \u{4}\u{1}K\u{14}\u{11}creates instances\u{10}\u{2}o\u{11}\u{3}\u{4}v\u{5}\u{16}BB\u{4}\u{4}v\u{5}(T\
        B\u{4}\u{2}W\t\u{3}\u{4}x\u{5}\u{12}fB\u{4}\u{4}x\u{5},@C\u{4}\u{1}K\u{14}\u{10}\u{2}o\u{11}\u{3}\
        \u{4}|\u{5}\u{16}PD\u{4}\u{4}|\u{5}(bD\u{4}\u{2}g\u{8}\u{3}\u{4}~\u{5}\u{12}tD\u{4}\u{4}~\u{5}<^E\
        \u{4}\u{1}L\u{14}\u{1d}creates a project per service\u{10}\u{2}C\u{7}\u{3}\u{4}B\u{6}\u{16}FG\u{4}\
        \u{4}B\u{6}(XG\u{4}\u{2}g\u{8}\u{3}\u{4}D\u{6}\u{12}jG\u{4}\u{4}D\u{6}<TH\u{4}\u{1}M\u{14}\u{18}IAM \
        assigned per project\u{10}\u{2}Q\u{13}\u{3}\u{4}H\u{6}\u{16}rI\u{4}\u{4}H\u{6}6RJ\u{4}\u{2}N\u{13}\
        \u{3}\u{4}J\u{6}\u{12}dJ\u{4}\u{4}J\u{6}:LK\u{4}\u{1}N\u{14}\u{7}runs in\u{10}\u{2}T\u{13}\u{3}\u{4}\
        N\u{6}\u{16}HL\u{4}\u{4}N\u{6}<nL\u{4}\u{2}W\u{13}\u{3}\u{4}P\u{6}\u{12}@M\u{4}\u{4}P\u{6}:hM\u{4}\
        \u{1}O\u{14}\u{16}authenticates requests\u{10}\u{2}T\u{13}\u{3}\u{4}T\u{6}\u{16}BO\u{4}\u{4}T\u{6}<h\
        O\u{4}\u{2}Z\u{13}\u{3}\u{4}V\u{6}\u{12}zO\u{4}\u{4}V\u{6}<dP\u{4}\u{1}T\u{c}\u{10}\u{2}T\u{13}\u{3}\
        \u{4}Z\u{6}\u{16}ZQ\u{4}\u{4}Z\u{6}<@R\u{4}\u{2}Q\u{13}\u{3}\u{4}\\\u{6}\u{12}RR\u{4}\u{4}\\\u{6}2rR\
        \u{4}\u{1}P\u{14}\u{19}requests not yet migrated\u{10}\u{2}Z\u{13}\u{3}\u{4}`\u{6}\u{16}RT\u{4}\u{4}\
        `\u{6}@\u{1}|T\u{4}\u{2}]\u{6}\u{3}\u{4}b\u{6}\u{12}NU\u{4}\u{4}b\u{6}\u{18}TU\u{4}\u{1}Q\u{14}\u{6}\
        run on\u{10}\u{2}Z\u{13}\u{3}\u{4}f\u{6}\u{16}NV\u{4}\u{4}f\u{6}@\u{1}xV\u{4}\u{2}W\t\u{3}\u{4}h\
        \u{6}\u{12}JW\u{4}\u{4}h\u{6},dW\u{4}\u{1}R\u{14}\u{c}managed data\u{10}\u{2}Z\u{13}\u{3}\u{4}l\u{6}\
        \u{16}jX\u{4}\u{4}l\u{6}@\u{1}TY\u{4}\u{2}z\u{8}\u{3}\u{4}n\u{6}\u{12}fY\u{4}\u{4}n\u{6},@Z\u{4}\
        \u{1}S\u{14}\u{4}logs\u{10}\u{2}z\u{8}\u{3}\u{4}r\u{6}\u{16}vZ\u{4}\u{4}r\u{6}0P[\u{4}\u{2}}\u{6}\
        \u{3}\u{4}t\u{6}\u{12}b[\u{4}\u{4}t\u{6}\"r[\u{4}\u{1}T\u{14}\u{14}log sink per service\u{10}\u{2}e\
        \u{f}\u{3}\u{4}x\u{6}\u{16}H]\u{4}\u{4}x\u{6} R]\u{4}\u{2}]\u{6}\u{3}\u{4}z\u{6}\u{12}d]\u{4}\u{4}z\
        \u{6}\u{18}j]\u{4}\u{1}b\u{5}\u{10}\u{2}A\n\u{3}\u{4}~\u{6}\u{16}f^\u{4}\u{4}~\u{6}2B_\u{4}\u{2}G\n\
        \u{3}\u{4}@\u{7}\u{12}T_\u{4}\u{4}@\u{7}J\u{1}L`\u{4}\u{1}U\u{14}\u{1e}n1-standard, n1-highmem for M\
        L\u{10}\u{2}V\u{b}\u{3}\u{4}D\u{7}\u{16}va\u{4}\u{4}D\u{7}.Nb\u{4}\u{2}J\u{8}\u{3}\u{4}F\u{7}\u{12}`\
        b\u{4}\u{4}F\u{7}$rb\u{4}\u{1}V\u{14}\u{1d}DNS records for Ingress hosts\u{10}\u{2}v\u{c}\u{3}\u{4}J\
        \u{7}\u{16}Zd\u{4}\u{4}J\u{7}*nd\u{4}\u{2}B\t\u{3}\u{4}L\u{7}\u{12}@e\u{4}\u{4}L\u{7},Ze\u{4}\u{1}W\
        \u{14}\u{e}volume backups\u{1}\u{2}P\u{6}\u{3}\u{4}\u{1e}\u{16}N!\u{4}\u{1e}*b!\u{0}Z\u{2}\u{0}\u{1}\
        \u{11}\u{3}X\u{14}\tquadrants\u{16}\u{18}\u{4}\u{12}\u{2}\u{13}\u{0}\u{2}Y\u{14}\tPlatforms\u{3}\
        \u{4}v\u{4}\u{1a}rh\u{2}\u{4}v\u{4},Di\u{2}\u{2}\u{2}2\u{3}\u{4}x\u{4}(li\u{2}\u{4}x\u{4}6zi\u{2}\
        \u{2}!\u{3}\u{4}x\u{4}:~i\u{2}\u{4}x\u{4}B\u{1}Fj\u{2}\u{12}\u{2}o\u{1}\u{3}\u{4}z\u{4}\u{1a}bj\u{2}\
        \u{4}z\u{4}.vj\u{2}\u{1}\u{2}&\u{3}\u{4}|\u{4}(^k\u{2}\u{4}|\u{4}<rk\u{2}\u{12}\u{2}Z\u{14}\nTechniq\
        ues\u{3}\u{4}~\u{4}\u{1a}Nl\u{2}\u{4}~\u{4}.bl\u{2}\u{1}\u{2}*\u{3}\u{4}@\u{5}(Jm\u{2}\u{4}@\u{5}8Zm\
        \u{2}\u{12}\u{2}[\u{14}\u{5}Tools\u{3}\u{4}B\u{5}\u{1a}vm\u{2}\u{4}B\u{5}$@n\u{2}\u{4}\u{2}<\u{3}\
        \u{4}D\u{5}(hn\u{2}\u{4}D\u{5}8xn\u{2}\u{2}C\u{1}\u{3}\u{4}D\u{5}<|n\u{2}\u{4}D\u{5}V\u{1}Vo\u{2}\
        \u{2}.\u{3}\u{4}D\u{5}Z\u{1}Zo\u{2}\u{4}D\u{5}r\u{1}ro\u{2}\u{2}H\u{2}\u{3}\u{4}D\u{5}v\u{1}vo\u{2}\
        \u{4}D\u{5}F\u{2}Fp\u{2}\"\u{3}\u{4}v\u{4}\nbh\u{2}\u{4}F\u{5}\u{2}Jp\u{2}\u{0}\u{13}'\u{19}#'+/369=\
        @\u{1}D\u{1}G\u{1}!L\u{1}<Q\u{1}T\u{1}W\u{1}Z\u{1}]\u{1}`\u{1}c\u{1}f\u{1}i\u{1}l\u{1}&q\u{1}C\u{1}v\
        \u{1}*{\u{1}.@\u{2}C\u{2}2H\u{2}K\u{2}N\u{2}Q\u{2}\u{0}\u{2}\u{4}\u{6}\u{8}\n\u{c}\u{e}\u{10}\u{12}\
        \u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\u{1}H\u{1}J\u{1}L\u{1}\
        \u{14}3T\u{2}#Y\u{2}\\\u{2}_\u{2}b\u{2}e\u{2}h\u{2}k\u{2}n\u{2}q\u{2}t\u{2}w\u{2}y\u{2}{\u{2}~\u{2}A\
        \u{3}D\u{3}G\u{3}W\u{1}K\u{3}N\u{3}Q\u{3}T\u{3}`\u{1}Y\u{3}\\\u{3}_\u{3}b\u{3}e\u{3}h\u{3}k\u{3}n\
        \u{3}q\u{3}t\u{3}w\u{3}q\u{1}{\u{3}~\u{3}A\u{4}D\u{4}C\u{2}I\u{4}L\u{4}O\u{4}N\u{2}S\u{4}V\u{4}Y\
        \u{4}\\\u{4}Q\u{2}\u{0}\u{2}\u{4}\u{6}\u{8}\n\u{c}\u{e}\u{10}\u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\
        \u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\u{1}H\u{1}J\u{1}L\u{1}N\u{1}P\u{1}R\u{1}T\u{1}V\u{1}X\
        \u{1}Z\u{1}\\\u{1}^\u{1}`\u{1}b\u{1}d\u{1}\u{15}\u{10}f\u{4}m\u{4}r\u{4}w\u{4}|\u{4}A\u{5}F\u{5}K\
        \u{5}N\u{5}R\u{5}V\u{5}Z\u{5}]\u{5}a\u{5}e\u{5}j\u{5}\u{0}\u{2}\u{4}\u{6}\u{8}\n\u{c}\u{e}\u{10}\
        \u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e}\u{16}H\u{1}A\u{6}Q\u{6}`\u{6}Y\u{2}p\u{6}}\u{6}\\\u{2}K\
        \u{7}_\u{2}@\u{1}[\u{7}i\u{7}u\u{7}q\u{7}J\u{8}B\u{8}C\u{7}l\u{8}z\u{8}E\th\u{6}W\tc\tB\tv\tG\nR\nK\
        \td\nr\n@\u{b}N\u{b}V\u{b}]\u{6}A\n@\tg\u{8}J\u{c}R\u{c}c\u{c}v\u{c}G\rT\u{3}U\rh\rr\u{7}\u{7f}\rN\
        \u{e}\\\u{e}x\u{6}^\u{b}u\u{e}e\u{8}u\u{8}U\u{f}^\u{f}M\u{6}z\nr\u{f}\\\u{c}H\u{10}_\re\u{f}T\u{b}I\
        \u{b}z\u{10}n\u{c}R\u{11}^\u{11}e\u{11}o\u{11}\u{7f}\u{c}\u{0}\u{2}\u{4}\u{6}\u{8}\n\u{c}\u{e}\u{10}\
        \u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\u{1}H\u{1}J\u{1}L\
        \u{1}N\u{1}P\u{1}R\u{1}T\u{1}V\u{1}X\u{1}Z\u{1}\\\u{1}^\u{1}`\u{1}b\u{1}d\u{1}f\u{1}h\u{1}j\u{1}l\
        \u{1}n\u{1}p\u{1}r\u{1}t\u{1}v\u{1}x\u{1}z\u{1}|\u{1}~\u{1}@\u{2}B\u{2}D\u{2}F\u{2}H\u{2}J\u{2}L\
        \u{2}N\u{2}\u{17}\u{2}L\u{12}H\u{13}\u{0}\u{2}\u{18}\u{0}\u{19}I\u{1}$q\u{8}\u{7f}\tW\u{8}d\u{f}}\
        \u{b}R\t]\tf\u{6}X\nx\ny\nv\u{6}Z\u{6}A\u{8}]\rE\u{c}F\u{c}q\ti\u{b}\\\rI\u{6}[\u{6}@\u{8}X\u{8}s\
        \u{8}r\t|\u{b}h\u{b}c\u{11}M\rt\u{8}r\u{8}c\u{8}T\rd\u{8}W\u{3}F\u{e}G\u{e}X\u{11}P\u{f}Z\u{f}x\u{f}\
        q\u{f}D\u{f}G\u{c}@\u{11}y\u{10}Y\u{11}S\u{b}\u{7f}\u{8}J\tk\u{11}j\u{11}}\u{c}g\u{6}V\u{b}m\u{c}H\
        \u{e}j\u{e}k\u{e}a\u{e}O\u{f}M\nO\nN\n{\u{e}D\u{10}S\tR\u{10}]\u{10}\\\u{10}I\u{11}\u{0}\"0\u{1e}n\
        \u{1}F\u{1}(*\u{4}4::\u{8}\u{2}\u{1a}V\u{1}H\u{1}H\u{1}.B\u{1}V\u{1}\u{0}\u{2}\u{1a}\u{1e}\".F\u{1}B\
        \u{1}H\u{2}R\u{1}\"\" T\u{1} d\u{1}\\\u{1}\\\u{1}F\u{2}j\u{1}l\u{1}r\u{1}p\u{1}h\u{1}H\u{1}B\u{2}@\
        \u{2}F\u{2}>$&J\u{2}J\u{2}P\u{1}\u{4}@\u{1}N\u{1}\\\u{1}b\u{1}b\u{1}`\u{1}j\u{1}222f\u{1}v\u{1}(x\
        \u{1}z\u{1}z\u{1}D\u{2}\u{1a}\t\u{15}\\\u{14}\u{8}children]\u{14}\u{5}order\u{1a}\u{1b}^\u{14}\u{5}d\
        epth_\u{14}\u{3}top`\u{14}\u{b}shownParenta\u{14}\u{6}cycles'\u{18}2:>D\u{1}\u{18}\u{18}\u{1c}26\
        \u{1c}\u{1c}\u{1}\u{18}\u{1}:26D\u{1}>26D\u{1}\u{18}6\u{1}\u{18}\u{1}D\u{1}\u{1}:\u{1}22\u{1}\u{1}D\
        \u{1}2F\u{1}'\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{6}\u{0}\n\u{c}\u{1a}.4\
        \u{0}\u{3}\u{e}\u{14}\u{16}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{7}\u{2}\u{10} (@\
        \u{1}B\u{1}J\u{1}\u{0}\u{4}\u{12}\"*0\u{0}\u{3}\u{4}\u{1e}<\u{0}\u{2}\u{6}&\u{0}\u{0}\u{5}\u{8}$,8H\
        \u{1}\u{1}L\u{1}\u{0}\u{0}\u{0}'\u{18}\u{0}\n\u{c}\u{1a}.4\u{1c}\u{e}\u{14}\u{16}2\u{2}\u{10} (@\
        \u{1}B\u{1}J\u{1}6\u{12}\"*0:\u{4}\u{1e}<>\u{6}&D\u{1}\u{8}$,8H\u{1}F\u{1}L\u{1}'\u{2}\u{18}2:@\u{1}\
        \u{4}\u{6}\u{10}\u{1a}(\u{12}\u{14}\u{0}\u{8}\u{e}4\u{1c}*B\u{1}<\u{1e},D\u{1}\n.\u{16}\u{c}&F\u{1}0\
        68 \">J\u{1}H\u{1}$L\u{1}'\u{4}\u{1a}4<B\u{1}\u{6}\u{8}\u{12}\u{1c}*\u{14}\u{16}\u{e}\n\u{16}6\u{1e}\
        ,D\u{1}> .F\u{1}\u{c}0&\u{e}0H\u{1}88>\"$J\u{1}N\u{1}J\u{1}&N\u{1}'\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\
        \u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{0}\u{2}\u{0}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{0}\
        \u{2}\u{0}\u{2}\u{0}\u{2}\u{0}\u{2}\u{2}\u{0}\u{0}\u{2}\u{2}\u{2}'\u{18}2:>D\u{1}\u{18}\u{18}\u{1c}2\
        6\u{1c}\u{1c}\u{18}\u{18}\u{1c}:26D\u{1}>26D\u{1}\u{18}62\u{18}6D\u{1}::>22D\u{1}F\u{1}D\u{1}2F\u{1}\
        '\u{18}2:>D\u{1}\u{18}\u{18}\u{1c}26\u{1c}\u{1c}\u{1}\u{18}\u{1}:26D\u{1}>26D\u{1}\u{18}6\u{1}\u{18}\
        \u{1}D\u{1}\u{1}:\u{1}22\u{1}\u{1}D\u{1}2F\u{1}\u{0}
        """
}
