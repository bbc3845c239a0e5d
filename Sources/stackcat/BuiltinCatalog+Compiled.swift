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
        \u{16}\u{4}path\u{17}\tanalyticsN\u{3}\u{e}Pp\u{1}N\u{3} bp\u{1}\u{18}\tAnalytics\u{1}\u{19}B\u{1}Da\
        ta warehouses that query large data sets, such as exported logs.\u{1}\u{1a}\u{4}dataT\u{3}\u{16}@t\
        \u{1}T\u{3}\u{1e}Ht\u{1}\u{1b}\u{1a}<built-in>/categories.yaml\u{1}\u{1c}\u{b}api-gateway|\u{1}\u{e}\
        \\E\u{1}|\u{1}$rE\u{1}\u{1d}\u{b}API gateway\u{1}\u{1e}/A single entry point in front of many servic\
        es.\u{1}\u{1f}\nnetworkingB\u{2}\u{16}nH\u{1}B\u{2}*BI\u{1}\u{1b}\u{1} \u{15}architecture-patternsZ\
        \u{4}\u{e}@Z\u{2}Z\u{4}8jZ\u{2}!\u{15}Architecture patterns\u{1}\"3How a system is split into parts \
        and how they talk.\u{1}#\u{8}patterns`\u{4}\u{16}B^\u{2}`\u{4}&R^\u{2}\u{1b}\u{1}$\u{18}automation-c\
        onfigurationR\u{2}\u{e}FP\u{1}R\u{2}>vP\u{1}%\u{1c}Automation and configuration\u{1}&e\u{1}Tools tha\
        t declare, create and configure infrastructure (CNCF landscape, Automation & Configuration).\u{1}'\
        \u{c}provisioningX\u{2}\u{16}@V\u{1}X\u{2}.XV\u{1}\u{1b}\u{1}(\u{b}autoscalingF\u{1}\u{e}v'F\u{1}$L(\
        )\u{b}Autoscaling\u{1}*2Adding and removing pods or nodes as load changes.\u{1}+\u{7}runtimeL\u{1}\
        \u{16}N+L\u{1}$\\+\u{1b}\u{1},\u{6}backup|\u{3}\u{e}nE\u{2}|\u{3}\u{1a}zE\u{2}-\u{6}Backup\u{1}.7Bac\
        king up and restoring cluster resources and volumes.\u{1}\u{1a}B\u{4}\u{16}|H\u{2}B\u{4}\u{1e}DI\
        \u{2}\u{1b}\u{1}/\u{5}cached\u{3}\u{e}ty\u{1}d\u{3}\u{18}~y\u{1}0\u{5}Cache\u{1}1%In-memory data sto\
        res used as caches.\u{1}\u{1a}j\u{3}\u{16}Z|\u{1}j\u{3}\u{1e}b|\u{1}\u{1b}\u{1}2\u{2}cd\u{18}\u{e}F\
        \u{f}\u{18}\u{12}J\u{f}3\u{13}Continuous delivery\u{1}43Tools that release built artifacts to enviro\
        nments.\u{1}5\u{8}delivery\u{1e}\u{16}^\u{12}\u{1e}&n\u{12}\u{1b}\u{1}6\u{c}certificatesD\u{2}\u{e}P\
        I\u{1}D\u{2}&hI\u{1}7\u{c}Certificates\u{1}8&Issuing and renewing TLS certificates.\u{1}\u{1f}J\u{2}\
        \u{16}TL\u{1}J\u{2}*hL\u{1}\u{1b}\u{1}9\u{11}chaos-engineeringD\u{4}\u{e}RI\u{2}D\u{4}0tI\u{2}:\
        \u{11}Chaos engineering\u{1};w\u{1}Injecting failures on purpose to find weaknesses (CNCF landscape,\
         Chaos Engineering, under Observability and Analysis).\u{1}<\robservabilityJ\u{4}\u{16}LO\u{2}J\u{4}\
        0fO\u{2}\u{1b}\u{1}=\u{2}ci\u{10}\u{e}b\u{b}\u{10}\u{12}f\u{b}>\u{16}Continuous integration\u{1}?'To\
        ols that build and test every change.\u{1}5\u{16}\u{16}h\u{e}\u{16}&x\u{e}\u{1b}\u{1}@\u{1}\u{f}cont\
        ainer-build \u{e}|\u{12} ,Z\u{13}A\u{1}\u{f}Container build\u{1}B\u{1}/Tools and services that build\
         container images.\u{1}5&\u{16}^\u{16}&&n\u{16}\u{1b}\u{1}\u{1a}V\u{3}\u{e}Vt\u{1}V\u{3}\u{16}^t\
        \u{1}C\u{1}\u{4}Data\u{1}D\u{1}&Databases, caches, queues and storage.\u{0}\u{1b}\u{1}E\u{1}\u{8}dat\
        abase\\\u{3}\u{e}rv\u{1}\\\u{3}\u{1e}Bw\u{1}F\u{1}\u{8}Database\u{1}G\u{1}\"Managed and self-hosted \
        databases.\u{1}\u{1a}b\u{3}\u{16}^y\u{1}b\u{3}\u{1e}fy\u{1}\u{1b}\u{1}5\n\u{e}p\u{8}\n\u{1e}@\tH\
        \u{1}\u{8}Delivery\u{1}I\u{1})Building, testing and releasing software.\u{0}\u{1b}\u{1}J\u{1}\u{13}d\
        eployment-patternsb\u{4}\u{e}`^\u{2}b\u{4}4F_\u{2}K\u{1}\u{13}Deployment patterns\u{1}L\u{1}$How new\
         versions reach users safely.\u{1}#h\u{4}\u{16}|a\u{2}h\u{4}&Lb\u{2}\u{1b}\u{1}M\u{1}\u{3}dnst\u{1}\
        \u{e}RB\u{1}t\u{1}\u{14}XB\u{1}N\u{1}\u{3}DNS\u{1}O\u{1}*Name resolution and DNS record management.\
        \u{1}\u{1f}z\u{1}\u{16}zD\u{1}z\u{1}*NE\u{1}\u{1b}\u{1}P\u{1}\u{e}error-trackingF\u{3}\u{e}Tl\u{1}F\
        \u{3}*pl\u{1}Q\u{1}\u{e}Error tracking\u{1}R\u{1}*Grouping and reporting application errors.\u{1}<L\
        \u{3}\u{16}ho\u{1}L\u{3}0Bp\u{1}\u{1b}\u{1}S\u{1}\u{12}hosting-facilitiesR\u{4}\u{e}\\U\u{2}R\u{4}2@\
        V\u{2}T\u{1}\u{12}Hosting facilities\u{1}U\u{1}<Data centres and the machines in them that workloads\
         run on.\u{1}+X\u{4}\u{16}dY\u{2}X\u{4}$rY\u{2}\u{1b}\u{1}V\u{1}\u{f}identity-accessZ\u{2}\u{e}fV\
        \u{1}Z\u{2},DW\u{1}W\u{1}\u{13}Identity and access\u{1}X\u{1}>Who may do what: identities, roles, pe\
        rmissions and isolation.\u{1}'`\u{2}\u{16}rZ\u{1}`\u{2}.J[\u{1}\u{1b}\u{1}Y\u{1}\u{7}ingressl\u{1}\
        \u{e}F>l\u{1}\u{1c}T>Z\u{1}\u{1a}Ingress and load balancing\u{1}[\u{1}0Routing external HTTP(S) traf\
        fic into a cluster.\u{1}\u{1f}r\u{1}\u{16}pA\u{1}r\u{1}*DB\u{1}\u{1b}\u{1}\\\u{1}\u{7}loggingv\u{2}\
        \u{e}de\u{1}v\u{2}\u{1c}re\u{1}]\u{1}\u{7}Logging\u{1}^\u{1}'Collecting, storing and searching logs.\
        \u{1}<|\u{2}\u{16}Vh\u{1}|\u{2}0ph\u{1}\u{1b}\u{1}_\u{1}\u{12}managed-kubernetes6\u{e}f\u{1f}62J `\
        \u{1}\u{12}Managed Kubernetes\u{1}a\u{1},Kubernetes clusters run by a cloud provider.\u{1}+<\u{16}N#\
        <$\\#\u{1b}\u{1}b\u{1}\tmessagingl\u{3}\u{e}p|\u{1}l\u{3} B}\u{1}c\u{1}\u{17}Streaming and messaging\
        \u{1}d\u{1}V\u{1}Message queues and publish/subscribe services (CNCF landscape, Streaming & Messagin\
        g).\u{1}\u{1a}r\u{3}\u{16}dA\u{2}r\u{3}\u{1e}lA\u{2}\u{1b}\u{1}e\u{1}\nmonitoring~\u{2}\u{e}~h\u{1}~\
        \u{2}\"Ri\u{1}f\u{1}\nMonitoring\u{1}g\u{1}\u{1f}Metrics, dashboards and alerts.\u{1}<D\u{3}\u{16}lk\
        \u{1}D\u{3}0Fl\u{1}\u{1b}\u{1}\u{1f}N\u{1}\u{e}j+N\u{1}\"~+h\u{1}\nNetworking\u{1}i\u{1}:How request\
        s reach services and services reach each other.\u{0}\u{1b}\u{1}j\u{1}\u{e}object-storaget\u{3}\u{e}z\
        A\u{2}t\u{3}*VB\u{2}k\u{1}\u{e}Object storage\u{1}l\u{1}/Storage for blobs and files behind an HTTP \
        API.\u{1}\u{1a}z\u{3}\u{16}XE\u{2}z\u{3}\u{1e}`E\u{2}\u{1b}\u{1}<p\u{2}\u{e}rb\u{1}p\u{2}(Lc\u{1}m\
        \u{1}\rObservability\u{1}n\u{1}\u{1f}Seeing what running systems do.\u{0}\u{1b}\u{1}o\u{1}\rorchestr\
        ation.\u{e}f\u{19}.(@\u{1a}p\u{1}\u{1c}Scheduling and orchestration\u{1}q\u{1}e\u{1}Schedulers that \
        run containers on a cluster of machines (CNCF landscape, Scheduling & Orchestration).\u{1}+4\u{16}J\
        \u{1f}4$X\u{1f}\u{1b}\u{1}#L\u{4}\u{e}tO\u{2}L\u{4}\u{1e}DP\u{2}r\u{1}\u{16}Patterns and practices\
        \u{1}s\u{1}t\u{1}Architecture and deployment patterns and operational practices rather than products\
         (entries with hosting: pattern).\u{0}\u{1b}\u{1}t\u{1}\tpracticesj\u{4}\u{e}Zb\u{2}j\u{4} lb\u{2}u\
        \u{1}\u{15}Operational practices\u{1}v\u{1}a\u{1}How teams build and run systems, such as site relia\
        bility engineering and infrastructure as code.\u{1}#p\u{4}\u{16}`g\u{2}p\u{4}&pg\u{2}\u{1b}\u{1}'L\
        \u{2}\u{e}vL\u{1}L\u{2}&NM\u{1}w\u{1}\u{c}Provisioning\u{1}x\u{1}0Creating and securing the infrastr\
        ucture itself.\u{0}\u{1b}\u{1}y\u{1}\u{5}proxy\\\u{1}\u{e}J4\\\u{1}\u{18}T4z\u{1}\rService proxy\
        \u{1}{\u{1}<Layer 4 and layer 7 proxies (CNCF landscape, Service Proxy).\u{1}\u{1f}b\u{1}\u{16}n7b\
        \u{1}*B8\u{1b}\u{1}|\u{1}\u{3}rpcd\u{1}\u{e}P8d\u{1}\u{14}V8}\u{1}\u{15}Remote procedure call\u{1}~\
        \u{1}n\u{1}Remote procedure call frameworks and their data serialisation formats (CNCF landscape, Re\
        mote Procedure Call).\u{1}\u{1f}j\u{1}\u{16}d=j\u{1}*x=\u{1b}\u{1}+(\u{e}|\u{16}(\u{1c}J\u{17}\u{7f}\
        \u{1}\u{7}Runtime\u{1}@\u{2}'Where workloads run and how they scale.\u{0}\u{1b}\u{1}A\u{2}\u{8}secur\
        ityb\u{2}\u{e}X[\u{1}b\u{2}\u{1e}h[\u{1}B\u{2}\u{8}Security\u{1}C\u{2}'Finding and preventing vulner\
        abilities.\u{0}\u{1b}\u{1}D\u{2}\nserverless>\u{e}j#>\"~#E\u{2}\nServerless\u{1}F\u{2}@\u{1}Platform\
        s that run code or containers without servers to manage.\u{1}+D\u{1}\u{16}Z'D\u{1}$h'\u{1b}\u{1}G\
        \u{2}\u{c}service-meshT\u{1}\u{e}F/T\u{1}&^/H\u{2}\u{c}Service mesh\u{1}I\u{2}U\u{1}Infrastructure l\
        ayers that handle service-to-service traffic, security and telemetry.\u{1}\u{1f}Z\u{1}\u{16}h3Z\u{1}\
        *|3\u{1b}\u{1}J\u{2}\u{16}vulnerability-scanningh\u{2}\u{e}F^\u{1}h\u{2}:r^\u{1}K\u{2}\u{16}Vulnerab\
        ility scanning\u{1}L\u{2}7Scanning images and packages for known vulnerabilities.\u{1}A\u{2}n\u{2}\
        \u{16}Tb\u{1}n\u{2}&db\u{1}\u{1b}3\u{2}\u{4}\u{12}\u{13}\u{14}\u{16}M\u{2}\u{e}access-controlZ\u{2}\
        \u{e}T^\u{1}Z\u{2}*p^\u{1}N\u{2}\u{e}Access control\u{1}O\u{2}+Grants identities permissions on reso\
        urces.P\u{2}\u{15}<built-in>/roles.yaml\u{2}\u{1c}N\u{2}\u{e}^V\u{1}N\u{2}$tV\u{1}\u{1d}\u{1}Q\u{2}=\
        Single entry point that routes requests to back-end services.P\u{2}\u{2}R\u{2}\u{19}automated-canary\
        -analysis\u{1c}\u{e}`\u{12}\u{1c}@\u{1}R\u{13}S\u{2}\u{19}Automated canary analysis\u{1}T\u{2}T\u{1}\
        Scores a canary against the baseline from metrics and decides whether to promote it.P\u{2}\u{2}U\
        \u{2}\u{15}blue-green-deployment\"\u{e}l\u{17}\"8V\u{18}V\u{2}\u{15}Blue-green deployment\u{1}W\u{2}\
        3Switches traffic between two complete environments.P\u{2}\u{2}X\u{2}\u{e}canary-release\u{16}\u{e}P\
        \u{e}\u{16}*l\u{e}Y\u{2}\u{e}Canary release\u{1}Z\u{2}L\u{1}Shifts a share of traffic to a new versi\
        on and compares it with the old one.P\u{2}\u{2}[\u{2}\u{14}certificate-issuancet\u{3}\u{e}~N\u{2}t\
        \u{3}6fO\u{2}\\\u{2}\u{14}Certificate issuance\u{1}]\u{2}/Issues TLS certificates, for example over \
        ACME.P\u{2}\u{2}^\u{2}\u{10}circuit-breakingp\u{1}\u{e}hD\u{1}p\u{1}.HE\u{1}_\u{2}\u{10}Circuit brea\
        king\u{1}`\u{2}5Stops calling a failing dependency until it recovers.P\u{2}\u{2}a\u{2}\u{13}cluster-\
        autoscaling@\u{1}\u{e}H*@\u{1}4n*b\u{2}\u{13}Cluster autoscaling\u{1}c\u{2})Adds and removes nodes a\
        s pods need room.P\u{2}\u{2}d\u{2}\u{f}code-generationH\u{2}\u{e}fR\u{1}H\u{2},DS\u{1}e\u{2}\u{f}Cod\
        e generation\u{1}f\u{2}>Generates client and server code from an interface definition.P\u{2}\u{2}g\
        \u{2}\u{13}command-line-clientd\u{4}\u{e}jl\u{2}d\u{4}4Pm\u{2}h\u{2}\u{13}Command-line client\u{1}i\
        \u{2}(Operates a system from the command line.P\u{2}\u{2}j\u{2}\u{15}container-image-buildz\u{3}\
        \u{e}lR\u{2}z\u{3}8VS\u{2}k\u{2}\u{15}Container image build\u{1}l\u{2}\u{18}Builds container images.\
        P\u{2}\u{2}m\u{2}\u{17}container-orchestration:\u{e}x%:<f&n\u{2}\u{17}Container orchestration\u{1}o\
        \u{2}:Schedules containers onto machines and keeps them running.P\u{2}\u{2}p\u{2}\u{13}continuous-de\
        livery\n\u{e}t\u{5}\n4Z\u{6}3\u{1}q\u{2};Releases built artifacts to environments through pipelines.\
        P\u{2}\u{2}r\u{2}\u{16}continuous-integration\u{4}\u{e}D\u{2}\u{4}:p\u{2}>\u{1}s\u{2},Builds and tes\
        ts every change automatically.P\u{2}\u{2}t\u{2}\u{e}data-warehousex\u{2}\u{e}xn\u{1}x\u{2}*To\u{1}u\
        \u{2}\u{e}Data warehouse\u{1}v\u{2})Runs analytical SQL over large data sets.P\u{2}\u{2}w\u{2}\u{15}\
        declarative-manifests.\u{e}N\u{1f}.8x\u{1f}x\u{2}\u{15}Declarative manifests\u{1}y\u{2}*Takes the de\
        sired state as manifest files.P\u{2}\u{2}z\u{2}\u{11}disaster-recoveryb\u{3}\u{e}fE\u{2}b\u{3}0HF\
        \u{2}{\u{2}\u{11}Disaster recovery\u{1}|\u{2},Restores a cluster or its data after a loss.P\u{2}\
        \u{2}}\u{2}\u{b}dns-hostingh\u{3}\u{e}BI\u{2}h\u{3}$XI\u{2}~\u{2}\u{b}DNS hosting\u{1}\u{7f}\u{2}\
        \u{11}Serves DNS zones.P\u{2}\u{2}@\u{3}\u{f}dns-record-syncn\u{3}\u{e}PK\u{2}n\u{3},nK\u{2}A\u{3}\
        \u{f}DNS record sync\u{1}B\u{3}9Creates DNS records from cluster resources automatically.P\u{2}\u{2}\
        P\u{1}r\u{2}\u{e}jk\u{1}r\u{2}*Fl\u{1}Q\u{1}\u{1}C\u{3}+Groups application errors and reports them.P\
        \u{2}\u{2}D\u{3}\u{f}fault-injectionL\u{4}\u{e}D^\u{2}L\u{4},b^\u{2}E\u{3}\u{f}Fault injection\u{1}F\
        \u{3};Injects failures such as killed instances or added latency.P\u{2}\u{2}G\u{3}\u{f}health-checki\
        ngj\u{4}\u{e}Fp\u{2}j\u{4},dp\u{2}H\u{3}\u{f}Health checking\u{1}I\u{3}E\u{1}Tells the platform whet\
        her an instance is ready for traffic or alive.P\u{2}\u{2}J\u{3}\u{f}in-memory-storeD\u{3}\u{e}\\u\
        \u{1}D\u{3},zu\u{1}K\u{3}\u{f}In-memory store\u{1}L\u{3}*Keeps data in memory for very fast access.P\
        \u{2}\u{2}M\u{3}\u{16}infrastructure-as-codeT\u{2}\u{e}DZ\u{1}T\u{2}:pZ\u{1}N\u{3}\u{16}Infrastructu\
        re as code\u{1}O\u{3}<Declares infrastructure in versioned files and applies them.P\u{2}\u{2}Y\u{1}R\
        \u{1}\u{e}H4R\u{1}\u{1c}V4P\u{3}\u{7}Ingress\u{1}Q\u{3}9Routes external HTTP(S) traffic to services \
        in a cluster.P\u{2}\u{2}R\u{3}\tinstaller4\u{e}v\"4 H#S\u{3}\tInstaller\u{1}T\u{3}/Installs, configu\
        res and upgrades another tool.P\u{2}\u{2}U\u{3}\u{e}load-balancingX\u{1}\u{e}V7X\u{1}*r7V\u{3}\u{e}L\
        oad balancing\u{1}W\u{3}!Spreads requests across backends.P\u{2}\u{2}X\u{3}\u{e}log-managementf\u{2}\
        \u{e}Be\u{1}f\u{2}*^e\u{1}Y\u{3}\u{e}Log management\u{1}Z\u{3}#Collects, stores and searches logs.P\
        \u{2}\u{2}[\u{3}\rmachine-typesp\u{4}\u{e}Lt\u{2}p\u{4}(ft\u{2}\\\u{3}\rMachine types\u{1}]\u{3}?Off\
        ers virtual machines in predefined shapes of CPU and memory.P\u{2}\u{2}^\u{3}\rmessage-queueJ\u{3}\
        \u{e}lx\u{1}J\u{3}(Fy\u{1}_\u{3}\rMessage queue\u{1}`\u{3}2Delivers messages between producers and c\
        onsumers.P\u{2}\u{2}a\u{3}\u{12}metrics-monitoringl\u{2}\u{e}@h\u{1}l\u{2}2dh\u{1}b\u{3}\u{12}Metric\
        s monitoring\u{1}c\u{3}1Collects metrics and shows dashboards and alerts.P\u{2}\u{2}d\u{3}\u{4}mtlsj\
        \u{1}\u{e}DA\u{1}j\u{1}\u{16}LA\u{1}e\u{3}\nMutual TLS\u{1}f\u{3}D\u{1}Authenticates and encrypts tr\
        affic between services with mutual TLS.P\u{2}\u{2}g\u{3}\u{16}multi-cloud-deployment(\u{e}f\u{1b}(:R\
        \u{1c}h\u{3}\u{16}Multi-cloud deployment\u{1}i\u{3}(Deploys to more than one cloud provider.P\u{2}\
        \u{2}j\u{3}\u{11}multi-stage-build@\u{4}\u{e}pU\u{2}@\u{4}0RV\u{2}k\u{3}\u{11}Multi-stage build\u{1}\
        l\u{3}I\u{1}Builds images in stages so that the final image holds only what it needs.P\u{2}\u{2}m\
        \u{3}\rmulti-tenancy`\u{2}\u{e}ba\u{1}`\u{2}(|a\u{1}n\u{3}\rMulti-tenancy\u{1}o\u{3}6Isolates teams \
        or workloads that share infrastructure.P\u{2}\u{2}p\u{3}\nnode-poolsL\u{1}\u{e}|0L\u{1}\"P1q\u{3}\nN\
        ode pools\u{1}r\u{3}2Groups nodes of one machine type within a cluster.P\u{2}\u{2}j\u{1}V\u{3}\u{e}V\
        \u{7f}\u{1}V\u{3}*r\u{7f}\u{1}k\u{1}\u{1}s\u{3} Stores blobs behind an HTTP API.P\u{2}\u{2}t\u{3}\
        \u{16}pipeline-visualisation\u{10}\u{e}v\t\u{10}:b\nu\u{3}\u{16}Pipeline visualisation\u{1}v\u{3}A\
        \u{1}Shows delivery pipelines and their runs in a graphical interface.P\u{2}\u{2}w\u{3}\u{f}pod-auto\
        scalingF\u{1}\u{e}f-F\u{1},D.x\u{3}\u{f}Pod autoscaling\u{1}y\u{3}-Changes the number of pod replica\
        s with load.P\u{2}\u{2}z\u{3}\u{7}pub-subP\u{3}\u{e}D|\u{1}P\u{3}\u{1c}R|\u{1}{\u{3}\u{11}Publish/su\
        bscribe\u{1}|\u{3}1Fans messages out from publishers to subscribers.P\u{2}\u{2}}\u{3}\u{13}relationa\
        l-database~\u{2}\u{e}Br\u{1}~\u{2}4hr\u{1}~\u{3}\u{13}Relational database\u{1}\u{7f}\u{3}'Stores dat\
        a in tables queried with SQL.P\u{2}\u{2}|\u{1}|\u{1}\u{e}BL\u{1}|\u{1}\u{14}HL\u{1}@\u{4}\u{16}Remot\
        e procedure calls\u{1}A\u{4}3Calls functions in other services over the network.P\u{2}\u{2}B\u{4}\rs\
        erialisationB\u{2}\u{e}ZO\u{1}B\u{2}(tO\u{1}C\u{4}\rSerialisation\u{1}D\u{4},Encodes structured data\
         into bytes and back.P\u{2}\u{2}E\u{4}\u{15}serverless-containersX\u{4}\u{e}le\u{2}X\u{4}8Vf\u{2}F\
        \u{4}\u{15}Serverless containers\u{1}G\u{4}(Runs containers without nodes to manage.P\u{2}\u{2}H\
        \u{4}\u{14}serverless-functionsR\u{4}\u{e}va\u{2}R\u{4}6^b\u{2}I\u{4}\u{14}Serverless functions\u{1}\
        J\u{4}3Runs functions on events without servers to manage.P\u{2}\u{2}G\u{2}^\u{1}\u{e}P:^\u{1}&h:H\
        \u{2}\u{1}K\u{4};Manages service-to-service traffic, security and telemetry.P\u{2}\u{2}L\u{4}\rsidec\
        ar-proxyd\u{1}\u{e}v=d\u{1}(P>M\u{4}\rSidecar proxy\u{1}N\u{4}-Runs as a proxy beside each service i\
        nstance.P\u{2}\u{2}O\u{4}\u{11}traffic-splittingv\u{1}\u{e}RH\u{1}v\u{1}0tH\u{1}P\u{4}\u{11}Traffic \
        splitting\u{1}Q\u{4}6Sends chosen shares of requests to different versions.P\u{2}\u{2}R\u{4}\u{e}ver\
        sioned-urls^\u{4}\u{e}Pi\u{2}^\u{4}*li\u{2}S\u{4}\u{e}Versioned URLs\u{1}T\u{4}1Serves each deployed\
         version at a URL of its own.P\u{2}\u{2}U\u{4}\rvolume-backup\\\u{3}\u{e}NB\u{2}\\\u{3}(hB\u{2}V\
        \u{4}\rVolume backup\u{1}W\u{4}2Backs up persistent volumes and cluster resources.P\u{2}\u{2}J\u{2}F\
        \u{4}\u{e}FZ\u{2}F\u{4}:rZ\u{2}K\u{2}\u{1}X\u{4}3Finds known vulnerabilities in images and packages.\
        P\u{2}\u{10}\u{3}\t\u{12}Y\u{4}\u{5}labelZ\u{4}\u{7}inverse\u{14}[\u{4}\tsymmetric\\\u{4}\u{5}style\
        \u{16}]\u{4}\rdeclaresColor^\u{4}\u{c}declaresLine_\u{4}\u{e}alternative-toT\u{2}\u{e}nI\u{1}T\u{2}*\
        JJ\u{1}`\u{4}\u{14}is an alternative to`\u{4}\u{1}a\u{4}w\u{1}Does the same job as the target, so th\
        at one is chosen instead of the other (tools used together are not alternatives).\u{1}\u{4}\u{2}b\
        \u{4}\u{5}colorc\u{4}\u{4}lined\u{4}\u{7}#cc79a7e\u{4}\u{6}dashedf\u{4}\u{19}<built-in>/relations.ya\
        ml\u{1}\u{1}\u{3}g\u{4}\u{8}backs-upd\u{1}\u{e}P1d\u{1}\u{1e}`1h\u{4}\u{8}backs upi\u{4}\u{c}backed \
        up by\u{1}j\u{4}C\u{1}Copies the target's resources or data so that they can be restored.\u{0}\u{4}k\
        \u{4}\u{7}#d55e00e\u{4}f\u{4}\u{1}\u{1}\u{3}l\u{4}\u{b}backs-up-to|\u{1}\u{e}R>|\u{1}$h>m\u{4}\u{b}b\
        acks up ton\u{4}\u{13}stores backups from\u{1}o\u{4}!Stores its backups in the target.\u{0}\u{4}k\
        \u{4}p\u{4}\u{5}solidf\u{4}\u{1}\u{1}\u{3}q\u{4}\ndeploys-to\u{4}\u{e}L\u{2}\u{4}\"`\u{2}r\u{4}\ndep\
        loys tos\u{4}\u{b}deployed by\u{1}t\u{4},Releases workloads onto the target platform.\u{0}\u{4}u\
        \u{4}\u{7}#0072b2p\u{4}f\u{4}\u{1}\u{1}\u{3}v\u{4}\nexports-toX\u{1}\u{e}n+X\u{1}\"B,w\u{4}\nexports\
         tox\u{4}\u{15}receives exports from\u{1}y\u{4}\u{1d}Sends its data to the target.\u{0}\u{4}z\u{4}\
        \u{7}#56b4e9p\u{4}f\u{4}\u{1}\u{1}\u{3}{\u{4}\nimplementsH\u{2}\u{e}|C\u{1}H\u{2}\"PD\u{1}{\u{4}|\
        \u{4}\u{e}implemented by\u{1}}\u{4}+Is an implementation of the target pattern.\u{0}\u{4}~\u{4}\u{7}\
        #009e73\u{7f}\u{4}\u{6}dottedf\u{4}\u{1}\u{1}\u{3}@\u{5}\u{b}inspired-byx\u{2}\u{e}J`\u{1}x\u{2}$``\
        \u{1}A\u{5}\u{f}was inspired byB\u{5}\u{8}inspired\u{1}C\u{5} Took its design from the target.\u{0}\
        \u{4}D\u{5}\u{7}#999999\u{7f}\u{4}f\u{4}\u{1}\u{1}\u{3}E\u{5}\u{f}integrates-with\u{1c}\u{e}j\u{c}\
        \u{1c},H\rF\u{5}\u{f}integrates withF\u{5}\u{1}G\u{5}5Works with the target through a built-in integ\
        ration.\u{1}\u{4}~\u{4}e\u{4}f\u{4}\u{1}\u{1}\u{3}H\u{5}\u{13}managed-offering-of`\u{2}\u{e}^R\u{1}`\
        \u{2}4DS\u{1}I\u{5}\u{18}is a managed offering ofJ\u{5}\u{16}has a managed offering\u{1}K\u{5}1Is a \
        provider-run service of the target software.\u{0}\u{4}u\u{4}e\u{4}f\u{4}\u{1}\u{1}\u{3}L\u{5}\u{7}ma\
        nages@\u{1}\u{e}\\\u{1d}@\u{1}\u{1c}j\u{1d}L\u{5}M\u{5}\nmanaged by\u{1}N\u{5}U\u{1}Creates, configu\
        res or scales the target (a tool acting on a product, not a pattern).\u{0}\u{4}O\u{5}\u{7}#e69f00p\
        \u{4}f\u{4}\u{1}\u{1}\u{3}P\u{5}\rmigrates-fromp\u{1}\u{e}f7p\u{1}(@8Q\u{5}\u{12}migrates away fromR\
        \u{5}\u{18}is migrated away from by\u{1}S\u{5}3Moves functionality out of the target step by step.\
        \u{0}\u{4}O\u{5}\u{7f}\u{4}f\u{4}\u{1}\u{1}\u{3}T\u{5}\u{8}observesL\u{1}\u{e}L$L\u{1}\u{1e}\\$T\
        \u{5}U\u{5}\u{b}observed by\u{1}V\u{5}j\u{1}Collects logs, metrics or errors from the target itself \
        (reading another tool's stored metrics is 'uses').\u{0}\u{4}z\u{4}e\u{4}f\u{4}\u{1}\u{1}\u{3}W\u{5}\
        \u{7}part-of4\u{e}B\u{18}4\u{1c}P\u{18}X\u{5}\nis part ofY\u{5}\u{8}includes\u{1}Z\u{5}(Is a compone\
        nt or feature of the target.\u{0}\u{4}d\u{4}\u{7f}\u{4}f\u{4}\u{1}\u{1}\u{3}[\u{5}\u{7}runs-on\u{10}\
        \u{e}x\u{7}\u{10}\u{1c}F\u{8}\\\u{5}\u{7}runs on]\u{5}\u{4}runs\u{1}^\u{5}\u{1c}Runs on the target p\
        latform.\u{0}\u{4}D\u{5}p\u{4}f\u{4}\u{1}\u{1}\u{3}_\u{5}\rsuperseded-byl\u{2}\u{e}ZY\u{1}l\u{2}(tY\
        \u{1}`\u{5}\u{10}is superseded bya\u{5}\nsupersedes\u{1}b\u{5}E\u{1}Has been replaced by the target,\
         by rename, acquisition or successor.\u{0}\u{4}c\u{5}\u{7}#000000e\u{4}f\u{4}\u{1}\u{1}\u{3}d\u{5}\
        \u{4}uses(\u{e}D\u{13}(\u{16}L\u{13}d\u{5}e\u{5}\u{7}used by\u{1}f\u{5}%Depends on the target to do \
        its work.\u{0}\u{4}c\u{5}p\u{4}f\u{4}\u{1}\u{1}H\u{1}\u{5}\u{1b}\u{12}\u{16}\u{13}g\u{5}\u{8}categor\
        y\u{0}h\u{5}\u{7}summary\u{14}i\u{5}\u{8}homepagej\u{5}\u{4}repok\u{5}\u{7}licensel\u{5}\u{8}languag\
        em\u{5}\u{6}vendorn\u{5}\u{7}hostingo\u{5}\u{5}ownerp\u{5}\tlifecycleq\u{5}\u{4}cncfr\u{5}\u{5}since\
        s\u{5}\u{7}aliasest\u{5}\u{4}tags\u{1}u\u{5}\trelationsv\u{5}\u{7}sourcesw\u{5}\u{b}sourcesSpanx\
        \u{5}\u{e}lifecycleSincey\u{5}\tfactSpansz\u{5}\u{4}logo{\u{5}\notherFacts|\u{5}\u{13}api-gateway-pa\
        ttern}\u{5})<built-in>/tools/api-gateway-pattern.yaml~\u{5}\u{13}API gateway pattern\u{1c}\u{6}\
        \u{16}D\u{3}\u{6},Z\u{3}\u{0}\u{7f}\u{5}T\u{1}A single entry point that routes each client request t\
        o the service that handles it.\u{0}@\u{6}1https://microservices.io/patterns/apigateway.html\u{0}A\
        \u{6}\u{0}\u{0}\u{0}B\u{6}\u{7}pattern\u{0}\u{6}\u{2}C\u{6}\u{5}valueD\u{6}\u{4}spanE\u{6}\u{6}activ\
        e\u{10}\u{18}X\n\u{10}$d\n\u{0}\u{0}\u{2}\u{1d}\u{e}\u{16}F\t\u{e},\\\tF\u{6}\u{f}Gateway pattern\
        \u{e}0`\t\u{e}N\u{1}~\t\u{0}\u{1}\u{1c}\u{12}\u{12}v\n\u{12}(L\u{b}\u{1}\u{7}\u{3}G\u{6}\u{4}typeH\
        \u{6}\u{6}targetI\u{6}\u{4}noteW\u{5}\u{16}\u{16}z\u{b}\u{16}$H\u{c}J\u{6}\rmicroservices\u{18}\
        \u{1a}b\u{c}\u{18}4|\u{c}\u{1}K\u{6}/The entry point of a microservice architecture.\u{1}@\u{6}\u{1}\
        \u{1e}\u{6}H\u{f} \u{2}p\u{10}\u{0}\u{8}\u{1}n\u{5}\u{c}\u{14}b\u{8}\u{c}\"p\u{8}\u{0}\t\u{1}L\u{6}\
        \u{8}reviewedM\u{6}\n2026-12-07 \u{16}D\u{11} *X\u{11}\u{5}N\u{6}\napp-engineO\u{6} <built-in>/tools\
        /app-engine.yamlP\u{6}\nApp EngineD\u{2}\u{6}\u{16}r\u{2}\u{6}*F\u{3}\u{0}Q\u{6}X\u{1}Google Cloud's\
         platform as a service, which serves each deployed version at its own URL.\u{1}R\u{6}u\u{4}The GKE p\
        anel asked how people provide App Engine-style versioned URLs: one planned to do it with\nIstio (Ist\
        io\u{3067}\u{3084}\u{308b}\u{4e88}\u{5b9a}), another would wait for others' Istio experience (Istio\
        \u{306e}\u{4e8b}\u{4f8b}\u{5f85}\u{3064}), and game\ndevelopers might rather split version URLs in t\
        he client app (\u{5206}\u{3051}\u{305f}\u{3044}\u{304b}\u{3082}, \"might want to\").\nS\u{6}\"https:\
        //cloud.google.com/appengine\u{0}T\u{6}\u{b}Proprietary\u{0}\u{1}U\u{6}\u{c}Google CloudV\u{6}\u{7}m\
        anaged\u{0}\u{6}E\u{6}\u{1a}\u{18}F\u{14}\u{1a}$R\u{14}\u{0}\u{1}p>\u{2}W\u{6}\u{3}GAE\u{1e}\u{16}@\
        \u{15}\u{1e}\u{1c}F\u{15}X\u{6}\u{11}Google App Engine\u{1e} J\u{15}\u{1e}B\u{1}l\u{15}\u{1}Y\u{6}\
        \u{c}google-cloud\u{2}R\u{4}\"\u{12}j\u{16}\".F\u{17}O\u{4}\"2J\u{17}\"T\u{1}l\u{17}\u{1}\u{7}_\u{4}\
        &\u{16}Z\u{18}&2v\u{18}Z\u{6}\u{3}gke(\u{1a}P\u{19}( V\u{19}\u{0}\u{2}[\u{6}A\u{1}https://cloud.goog\
        le.com/appengine/docs/an-overview-of-app-engine\\\u{6}H\u{1}https://cloud.google.com/appengine/docs/\
        standard/how-requests-are-routed\u{1},\u{6}n\u{19}0\u{2}P\u{1e}\u{0}\u{8}\u{18}\u{14}`\u{13}\u{18}\"\
        n\u{13}\u{0}\tM\u{6}0\u{16}d\u{1e}0*x\u{1e}\u{5}]\u{6}\u{11}artifact-analysis^\u{6}'<built-in>/tools\
        /artifact-analysis.yaml_\u{6}\u{11}Artifact AnalysisJ\u{2}\u{6}\u{16}@\u{3}\u{6}B\u{1}l\u{3}\u{0}`\
        \u{6}J\u{2}Scans container images and packages in Artifact Registry for known vulnerabilities and st\
        ores their metadata; formerly Container Analysis.\u{1}a\u{6}?The GKE panel rated GCB's image vulnera\
        bility scanning highly.\nb\u{6}A\u{1}https://cloud.google.com/artifact-analysis/docs/artifact-analys\
        is\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{16}\u{18}^\u{f}\u{16}$j\u{f}\u{0}\u{0}\u{2}c\
        \u{6}\u{12}Container Analysis\u{18}\u{16}@\u{10}\u{18}:d\u{10}d\u{6}\u{12}container scanning\u{18}>h\
        \u{10}\u{18}b\u{1}L\u{11}\u{2}Y\u{6}A\u{2}\u{1}J\u{2}\u{1c}\u{12}^\u{12}\u{1c}>J\u{13}\u{1}\u{7}v\
        \u{4} \u{16}x\u{13} *L\u{14}e\u{6}\u{c}cloud-pubsub\"\u{1a}f\u{14}\"2~\u{14}\u{1}f\u{6}C\u{1}Publish\
        es notes and occurrences of scan findings to Pub/Sub topics.\u{4}b\u{6}g\u{6}:https://cloud.google.c\
        om/artifact-analysis/docs/registriesh\u{6}E\u{1}https://cloud.google.com/artifact-analysis/docs/pub-\
        sub-notificationsi\u{6}L\u{1}https://cloud.google.com/artifact-analysis/docs/upgrading-container-ana\
        lysis\u{1}(\u{6}r\u{17}0\u{2}n \u{0}\u{8}\u{14}\u{14}x\u{e}\u{14}\"F\u{f}\u{0}\tM\u{6}0\u{16}B!0*V!\
        \u{5}R\u{2}j\u{6}/<built-in>/tools/automated-canary-analysis.yamlS\u{2}J\u{1}\u{6}\u{16}P\u{3}\u{6}<\
        v\u{3}\u{0}k\u{6}g\u{1}Compares a canary's metrics with a baseline's statistically and promotes or r\
        olls back without a human.\u{0}l\u{6}Z\u{1}https://netflixtechblog.com/automated-canary-analysis-at-\
        netflix-with-kayenta-3260bc7acc69\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{e}\u{18}\\\u{b}\u{e}$\
        h\u{b}\u{0}\u{0}\u{0}\u{0}\u{1}R\u{2}\u{10}\u{12}z\u{b}\u{10}D\u{1}l\u{c}\u{1}\u{7}W\u{5}\u{14}\
        \u{16}Z\r\u{14}$h\rX\u{2}\u{16}\u{1a}B\u{e}\u{16}6^\u{e}\u{0}\u{1}l\u{6}\u{1}\u{1a}\u{6}v\u{e}\u{1c}\
        \u{2}p\u{11}\u{0}\u{8}\u{c}\u{14}v\n\u{c}\"D\u{b}\u{0}\tM\u{6}\u{1c}\u{16}D\u{12}\u{1c}*X\u{12}\u{5}\
        m\u{6}\u{b}aws-fargaten\u{6}!<built-in>/tools/aws-fargate.yamlo\u{6}\u{b}AWS FargateD\u{2}\u{6}\
        \u{16}t\u{2}\u{6}*H\u{3}\u{0}p\u{6}_\u{1}Serverless compute for containers on Amazon ECS and EKS, wi\
        thout servers or clusters to manage.\u{0}q\u{6}\u{1f}https://aws.amazon.com/fargate/\u{0}T\u{6}\u{0}\
        \u{1}r\u{6}\u{13}Amazon Web ServicesV\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}J\n\u{12}$V\n\u{0}\u{1}B?\u{1}\
        s\u{6}\u{7}Fargate\u{16}\u{16}D\u{b}\u{16}$R\u{b}\u{1}t\u{6}\u{3}aws\u{1}E\u{4}\u{1a}\u{12}~\u{b}\
        \u{1a}<h\u{c}\u{1}\u{7}E\u{5}\u{1e}\u{16}V\r\u{1e}4t\ru\u{6}\nkubernetes \u{1a}N\u{e} .b\u{e}\u{1}v\
        \u{6}+Amazon EKS runs Kubernetes pods on Fargate.\u{4}q\u{6}w\u{6}-https://aws.amazon.com/blogs/aws/\
        aws-fargate/x\u{6}T\u{1}https://www.allthingsdistributed.com/2018/04/changing-calculus-containers-cl\
        oud.htmly\u{6}=https://docs.aws.amazon.com/eks/latest/userguide/fargate.html\u{1}&\u{6}f\u{10}.\u{2}\
        D\u{18}\u{0}\u{8}\u{10}\u{14}d\t\u{10}\"r\t\u{0}\tM\u{6}.\u{16}X\u{18}.*l\u{18}\u{5}z\u{6}\u{8}bigqu\
        ery{\u{6}\u{1e}<built-in>/tools/bigquery.yaml|\u{6}\u{8}BigQuery\u{17}\u{6}\u{16}n\u{2}\u{6}(@\u{3}\
        \u{0}}\u{6}B\u{1}Serverless data warehouse that runs SQL over very large data sets.\u{1}~\u{6}v\u{1}\
        Announced at Google I/O in May 2010 as a limited preview (hence `since: 2010`); publicly launched\na\
        t Google I/O 2012.\n\u{7f}\u{6}!https://cloud.google.com/bigquery\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\
        \u{0}\u{6}E\u{6}\u{18}\u{18}P\r\u{18}$\\\r\u{0}\u{1}t>\u{0}\u{1}Y\u{6}\u{1}t\u{2}\u{1e}\u{12}p\u{e}\
        \u{1e}.L\u{f}\u{1}\u{7}d\u{5}\"\u{16}z\u{f}\"\u{1e}B\u{10}@\u{7}\tcloud-iam$\u{1a}\\\u{10}$,n\u{10}\
        \u{1}A\u{7}%Dataset permissions are IAM bindings.\u{2}B\u{7}3https://cloud.google.com/bigquery/docs/\
        introductionC\u{7}4https://cloud.google.com/bigquery/docs/release-notes\u{1}*\u{6}f\u{12}.\u{2}D\
        \u{16}\u{0}\u{8}\u{16}\u{14}j\u{c}\u{16}\"x\u{c}\u{0}\tD\u{7}\n2026-11-26.\u{16}X\u{16}.*l\u{16}\
        \u{5}U\u{2}E\u{7}+<built-in>/tools/blue-green-deployment.yamlV\u{2}J\u{1}\u{6}\u{16}H\u{3}\u{6}<n\
        \u{3}\u{0}F\u{7}Y\u{1}Runs two identical environments and switches traffic from the old to the new i\
        n one step.\u{0}G\u{7}7https://martinfowler.com/bliki/BlueGreenDeployment.html\u{0}A\u{6}\u{0}\u{0}B\
        \u{6}\u{0}\u{6}E\u{6}\u{e}\u{18}r\t\u{e}$~\t\u{0}\u{0}\u{0}\u{0}\u{1}U\u{2}\u{10}\u{12}P\n\u{10}<z\n\
        \u{0}\u{1}G\u{7}\u{1}\u{14}\u{6}T\u{b}\u{16}\u{2}H\r\u{0}\u{8}\u{c}\u{14}L\t\u{c}\"Z\t\u{0}\tM\u{6}\
        \u{16}\u{16}\\\r\u{16}*p\r\u{5}H\u{7}\u{4}borgI\u{7}\u{1a}<built-in>/tools/borg.yamlJ\u{7}\u{4}Borgo\
        \u{1}\u{6}\u{16}f\u{2}\u{6}0@\u{3}\u{0}K\u{7}a\u{1}Google's internal cluster manager, which runs hun\
        dreds of thousands of jobs across many clusters.\u{1}L\u{7}T\u{6}Never released outside Google, so i\
        t is no alternative to anything in this catalogue; Kubernetes was\ninspired by it. When the GKE pane\
        l discussed how many clusters to run, someone asked whether Borg\nbeing one cluster meant one cluste\
        r was better (Google\u{306e}Borg\u{306f}\u{30ef}\u{30f3}\u{30af}\u{30e9}\u{30b9}\u{30bf}\u{30fc}\
        \u{3068}\u{3044}\u{3046}\u{3053}\u{3068}\u{306f}\u{305d}\u{308c}\u{304c}\u{3088}\u{3044}\u{306e}\
        \u{3060}\u{308d}\u{3046}\u{304b}\u{ff1f},\na question); the Borg paper itself describes a number of \
        clusters.\nM\u{7}P\u{1}https://research.google/pubs/large-scale-cluster-management-at-google-with-bo\
        rg/\u{0}T\u{6}\u{0}\u{1}N\u{7}\u{6}GoogleO\u{7}\u{b}self-hosted\u{0}\u{6}E\u{6}\u{1c}\u{18}l\u{18}\
        \u{1c}$x\u{18}\u{0}\u{0}\u{0}\u{1}P\u{7}\u{6}google\u{1}m\u{2} \u{12}h\u{19} @\u{1}V\u{1a}\u{0}\u{2}\
        M\u{7}Q\u{7}B\u{1}https://kubernetes.io/blog/2015/04/borg-predecessor-to-kubernetes/\u{1}$\u{6}p\
        \u{1a}(\u{2}d\u{1f}\u{0}\u{8}\u{1a}\u{14}~\u{17}\u{1a}*T\u{18}\u{0}\tM\u{6}(\u{16}x\u{1f}(*L \u{5}X\
        \u{2}R\u{7}$<built-in>/tools/canary-release.yamlY\u{2}J\u{1}\u{6}\u{16}z\u{2}\u{6}<`\u{3}\u{0}S\u{7}\
        T\u{1}Rolls a new version out to a small share of users first and widens it if it behaves.\u{0}T\
        \u{7}1https://martinfowler.com/bliki/CanaryRelease.html\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\
        \u{e}\u{18}N\t\u{e}$Z\t\u{0}\u{0}\u{0}\u{0}\u{1}X\u{2}\u{10}\u{12}l\t\u{10}.H\n\u{1}\u{7}_\u{4}\
        \u{14}\u{16}v\n\u{14}2R\u{b}U\u{2}\u{16}\u{1a}l\u{b}\u{16}D\u{1}V\u{c}\u{0}\u{1}T\u{7}\u{1}\u{1a}\
        \u{6}n\u{c}\u{1c}\u{2}V\u{e}\u{0}\u{8}\u{c}\u{14}h\u{8}\u{c}\"v\u{8}\u{0}\tM\u{6}\u{1c}\u{16}j\u{e}\
        \u{1c}*~\u{e}\u{5}9U\u{7}'<built-in>/tools/chaos-engineering.yaml:t\u{1}\u{6}\u{16}@\u{3}\u{6}(R\
        \u{3}\u{0}V\u{7}_\u{1}Experiments on a production system to build confidence that it withstands turb\
        ulent conditions.\u{0}W\u{7}\u{1e}https://principlesofchaos.org/\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\
        \u{6}E\u{6}\u{e}\u{18}p\u{8}\u{e}$|\u{8}\u{0}\u{0}\u{0}\u{0}\u{1}D\u{3}\u{10}\u{12}N\t\u{10}0l\t\
        \u{0}\u{1}W\u{7}\u{1}\u{14}\u{6}F\n\u{16}\u{2}H\u{b}\u{0}\u{8}\u{c}\u{14}J\u{8}\u{c}\"X\u{8}\u{0}\tM\
        \u{6}\u{16}\u{16}\\\u{b}\u{16}*p\u{b}\u{5}X\u{7}\u{c}chaos-monkeyY\u{7}\"<built-in>/tools/chaos-monk\
        ey.yamlZ\u{7}\u{c}Chaos Monkey9\u{6}\u{16}v\u{2}\u{6}8X\u{3}\u{0}[\u{7}m\u{1}Netflix tool that rando\
        mly terminates instances in production to make services resilient to instance failure.\u{1}\\\u{7}A\
        \u{3}The facts here are those of Chaos Monkey 2.0, a rewrite in Go released in 2016 that reads\ndepl\
        oyments from Spinnaker. Version 1, in Java, was released in 2012 as part of Netflix's Simian\nArmy.\
        \n]\u{7}&https://netflix.github.io/chaosmonkey/\u{1}^\u{7}&https://github.com/Netflix/chaosmonkey_\
        \u{7}\nApache-2.0\u{1}`\u{7}\u{2}Go\u{1}a\u{7}\u{7}NetflixO\u{7}\u{0}\u{6}E\u{6}\u{16}\u{18}f\u{c}\
        \u{16}$r\u{c}\u{0}\u{1}@?\u{0}\u{1}b\u{7}\u{7}netflix\u{1}D\u{3}$\u{12}h\u{14}$0F\u{15}\u{1}\u{7}{\
        \u{4}(\u{16}t\u{15}(*H\u{16}9*\u{1a}b\u{16}*<D\u{17}\u{0}\u{5}]\u{7}^\u{7}c\u{7}:https://github.com/\
        Netflix/chaosmonkey/blob/master/LICENSEd\u{7}<https://github.com/Netflix/chaosmonkey/blob/master/REA\
        DME.mde\u{7}H\u{1}http://techblog.netflix.com/2012/07/chaos-monkey-released-into-wild.html\u{1}.\
        \u{6}\\\u{17}8\u{2}^ \u{0}\n\u{2}n\u{5}j\u{5}\u{14}\u{14}x\u{b}\u{14}*N\u{c}\u{c}\u{e}v\u{8}\u{c}Z\
        \u{1}B\n\u{0}\tM\u{6}8\u{16}r 8*F!\u{5}f\u{7}\u{8}circlecig\u{7}\u{1e}<built-in>/tools/circleci.yaml\
        h\u{7}\u{8}CircleCI=\u{6}\u{16}n\u{2}\u{6}\u{1a}r\u{2}\u{0}i\u{7}3Hosted continuous integration and \
        delivery service.\u{1}j\u{7}E\u{2}Mercari built container images on CircleCI rather than Google Cont\
        ainer Builder, because\nnotifications and integrations were easier.\nk\u{7}\u{15}https://circleci.co\
        m/\u{0}T\u{6}\u{0}\u{1}l\u{7}\u{18}Circle Internet Servicesm\u{7}\u{4}saas\u{0}\u{6}E\u{6}\u{18}\
        \u{18}|\u{c}\u{18}$H\r\u{0}\u{0}\u{0}\u{1}=\u{2}r\u{2}\u{1c}\u{12}p\r\u{1c}>\\\u{e}j\u{2}\u{1c}B\
        \u{1}`\u{e}\u{1c}l\u{1}J\u{f}\u{2}\u{7}_\u{4} \u{16}x\u{f} 2T\u{10}n\u{7}\u{b}cloud-build\"\u{1a}n\
        \u{10}\"0D\u{11}\u{0}\u{7}_\u{4}$\u{16}Z\u{11}$2v\u{11}o\u{7}\u{7}jenkins&\u{1a}P\u{12}&(^\u{12}\
        \u{0}\u{2}p\u{7}<https://circleci.com/docs/guides/getting-started/quickstart/q\u{7}@\u{1}https://cir\
        cleci.com/docs/guides/execute/building-docker-images/\u{1}*\u{6}v\u{12}.\u{2}~\u{16}\u{0}\u{8}\u{16}\
        \u{14}\\\u{c}\u{16}\u{1c}d\u{c}\u{0}\tM\u{6}.\u{16}R\u{17}.*f\u{17}\u{5}r\u{7}\u{f}circuit-breakers\
        \u{7}%<built-in>/tools/circuit-breaker.yamlt\u{7}\u{f}Circuit breaker \u{6}\u{16}|\u{2}\u{6}@\u{1}f\
        \u{3}\u{0}u\u{7}M\u{1}Stops calls to a failing service for a while so that failures do not cascade.\
        \u{0}v\u{7}B\u{1}https://microservices.io/patterns/reliability/circuit-breaker.html\u{0}A\u{6}\u{0}\
        \u{0}B\u{6}\u{0}\u{6}E\u{6}\u{e}\u{18}h\t\u{e}$t\t\u{0}\u{0}\u{0}\u{0}\u{1}^\u{2}\u{10}\u{12}F\n\
        \u{10}2f\n\u{1}\u{7}W\u{5}\u{14}\u{16}T\u{b}\u{14}$b\u{b}J\u{6}\u{16}\u{1a}|\u{b}\u{16}4V\u{c}\u{1}w\
        \u{7} Protects calls between services.\u{2}v\u{7}x\u{7}2https://martinfowler.com/bliki/CircuitBreake\
        r.html\u{1}\u{1c}\u{6}D\u{e} \u{2}|\u{11}\u{0}\u{8}\u{c}\u{14}B\t\u{c}\"P\t\u{0}\tM\u{6} \u{16}P\
        \u{12} *d\u{12}\u{5}n\u{7}y\u{7}!<built-in>/tools/cloud-build.yamlz\u{7}\u{b}Cloud Build=\u{6}\u{16}\
        t\u{2}\u{6}\u{1a}x\u{2}\u{0}{\u{7}r\u{1}Serverless CI/CD service on Google Cloud that runs builds as\
         container steps; called Container Builder until 2018.\u{0}|\u{7}\u{1e}https://cloud.google.com/buil\
        d\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}T\n\u{12}$`\n\u{0}\u{1}B?\u{2}}\u{7}\
        \u{12}Google Cloud Build\u{16}\u{16}N\u{b}\u{16}:r\u{b}~\u{7}\u{3}GCB\u{16}>v\u{b}\u{16}D\u{1}|\u{b}\
        \u{1}Y\u{6}\u{2}r\u{2}\u{1a}\u{12}z\u{c}\u{1a}>f\rj\u{2}\u{1a}B\u{1}j\r\u{1a}l\u{1}T\u{e}\u{4}\u{7}q\
        \u{4}\u{1e}\u{16}B\u{f}\u{1e}*V\u{f}Z\u{6} \u{1a}p\u{f}  v\u{f}\u{0}\u{7}q\u{4}\"\u{16}L\u{10}\"*`\
        \u{10}\u{7f}\u{7}\u{f}cloud-functions$\u{1a}z\u{10}$8X\u{11}\u{0}\u{7}E\u{5}&\u{16}n\u{11}&4L\u{12}]\
        \u{6}(\u{1a}f\u{12}(<H\u{13}\u{1}@\u{8}{\u{1}Its Security insights panel shows Artifact Analysis's v\
        ulnerability scan of the images a build pushes to Artifact Registry.\u{7}_\u{4},\u{16}n\u{17},2J\
        \u{18}o\u{7}.\u{1a}d\u{18}.(r\u{18}\u{0}\u{6}A\u{8},https://cloud.google.com/build/docs/overviewB\
        \u{8}z\u{1}https://cloud.google.com/blog/products/gcp/google-cloud-container-builder-a-fast-and-flex\
        ible-way-to-package-your-softwareC\u{8}1https://cloud.google.com/build/docs/release-notesD\u{8}?http\
        s://cloud.google.com/build/docs/deploying-builds/deploy-gkeE\u{8}E\u{1}https://cloud.google.com/buil\
        d/docs/deploying-builds/deploy-functionsF\u{8}@\u{1}https://cloud.google.com/build/docs/view-build-s\
        ecurity-insights\u{1}2\u{6}J\u{19}>\u{2}x&\u{0}\u{8}\u{10}\u{14}n\t\u{10}\"|\t\u{0}\tD\u{7}>\u{16}L'\
        >*`'\u{5}G\u{8}\tcloud-dnsH\u{8}\u{1f}<built-in>/tools/cloud-dns.yamlI\u{8}\tCloud DNSM\u{1}\u{6}\
        \u{16}p\u{2}\u{6}\u{1c}v\u{2}\u{0}J\u{8}1Google Cloud's managed authoritative DNS service.\u{0}K\
        \u{8}\u{1c}https://cloud.google.com/dns\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}\
        H\u{8}\u{12}$T\u{8}\u{0}\u{0}\u{0}\u{1}Y\u{6}\u{1}}\u{2}\u{16}\u{12}P\t\u{16}(f\t\u{1}\u{7}d\u{5}\
        \u{1a}\u{16}T\n\u{1a}\u{1e}\\\n@\u{7}\u{1c}\u{1a}v\n\u{1c},H\u{b}\u{1}L\u{8}G\u{1}Every Cloud DNS AP\
        I method requires the caller to hold IAM permissions.\u{2}M\u{8}*https://cloud.google.com/dns/docs/o\
        verviewN\u{8}0https://cloud.google.com/dns/docs/access-control\u{1}\"\u{6}D\u{e}&\u{2}H\u{11}\u{0}\
        \u{8}\u{10}\u{14}b\u{7}\u{10}\"p\u{7}\u{0}\tM\u{6}&\u{16}\\\u{11}&*p\u{11}\u{5}\u{7f}\u{7}O\u{8}%<bu\
        ilt-in>/tools/cloud-functions.yamlP\u{8}\u{13}Cloud Run functionsD\u{2}\u{6}\u{16}D\u{3}\u{6}*X\u{3}\
        \u{0}Q\u{8}T\u{2}Serverless functions on Google Cloud that respond to events or HTTP requests, now d\
        eployed as Cloud Run services; called Cloud Functions until 2024.\u{1}R\u{8}U\u{4}At the 2018 GKE pa\
        nel, Cloud Functions was named as a way to send notifications from CI, though\na hard one (\u{901a}\
        \u{77e5}\u{3068}\u{304b}\u{51fa}\u{6765}\u{308b}\u{ff08}\u{5927}\u{5909}\u{3060}\u{3051}\u{3069}\
        \u{ff09}, \"can, though it is hard\"); nobody said they did.\nFirst announced in 2016 (hence `since:\
         2016`); generally available in 2018.\nS\u{8}\"https://cloud.google.com/functions\u{0}T\u{6}\u{0}\
        \u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{1a}\u{18}T\u{15}\u{1a}$`\u{15}\u{0}\u{1}@?\u{2}T\u{8}\u{f}Cloud \
        Functions\u{1e}\u{16}N\u{16}\u{1e}4l\u{16}U\u{8}\u{16}Google Cloud Functions\u{1e}8p\u{16}\u{1e}d\
        \u{1}\\\u{17}\u{1}Y\u{6}\u{1}H\u{4}\"\u{12}Z\u{18}\":B\u{19}\u{1}\u{7}E\u{5}&\u{16}p\u{19}&4N\u{1a}e\
        \u{6}(\u{1a}h\u{1a}(2@\u{1b}\u{1}V\u{8}o\u{1}A Pub/Sub trigger, one of several (HTTP, Cloud Storage,\
         Firestore, Eventarc), runs a function for each message.\u{5}W\u{8}9https://cloud.google.com/functio\
        ns/docs/concepts/overviewX\u{8}c\u{1}https://cloud.google.com/blog/products/serverless/google-cloud-\
        functions-is-now-cloud-run-functionsY\u{8}5https://cloud.google.com/functions/docs/release-notesZ\
        \u{8}@\u{1}https://cloud.google.com/functions/docs/concepts/events-triggers[\u{8}C\u{1}https://cloud\
        .google.com/functions/docs/concepts/version-comparison\u{1}.\u{6}P\u{1f}8\u{2}f*\u{0}\u{8}\u{18}\
        \u{14}n\u{14}\u{18}\"|\u{14}\u{0}\tD\u{7}8\u{16}z*8*N+\u{5}@\u{7}\\\u{8}\u{1f}<built-in>/tools/cloud\
        -iam.yaml]\u{8}\tCloud IAMV\u{1}\u{6}\u{16}p\u{2}\u{6}4N\u{3}\u{0}^\u{8}T\u{1}Google Cloud's identit\
        y and access management: who has which role on which resource.\u{0}_\u{8}\u{1c}https://cloud.google.\
        com/iam\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}j\t\u{12}$v\t\u{0}\u{0}\u{2}`\
        \u{8}\u{3}IAM\u{14}\u{16}L\n\u{14}\u{1c}R\na\u{8}\u{1e}Identity and Access Management\u{14} V\n\
        \u{14}\\\u{1}R\u{b}\u{2}Y\u{6}A\u{2}\u{1}M\u{2}\u{18}\u{12}d\u{c}\u{18}.@\r\u{2}\u{7}E\u{5}\u{1c}\
        \u{16}n\r\u{1c}4L\u{e}b\u{8}\u{f}kubernetes-rbac\u{1e}\u{1a}f\u{e}\u{1e}8D\u{f}\u{1}c\u{8}]\u{1}On G\
        KE, IAM and Kubernetes RBAC together decide what a user may do; RBAC works per namespace.\u{7}d\u{5}\
        \"\u{16}n\u{12}\"\u{1e}v\u{12}d\u{8}\u{15}google-cloud-projects$\u{1a}P\u{13}$D\u{1}z\u{13}\u{1}e\
        \u{8}@\u{1}IAM policies are granted on projects, folders and organisations.\u{3}f\u{8}*https://cloud\
        .google.com/iam/docs/overviewg\u{8}G\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/ac\
        cess-controlh\u{8}:https://cloud.google.com/kubernetes-engine/docs/how-to/iam\u{1}*\u{6}h\u{16}0\
        \u{2}X\u{1c}\u{0}\u{8}\u{10}\u{14}D\t\u{10}\"R\t\u{0}\tM\u{6}0\u{16}l\u{1c}0*@\u{1d}\u{5}i\u{8}\
        \u{14}cloud-load-balancingj\u{8}*<built-in>/tools/cloud-load-balancing.yamlk\u{8}\u{14}Cloud Load Ba\
        lancingY\u{1}\u{6}\u{16}F\u{3}\u{6}$T\u{3}\u{0}l\u{8}G\u{2}Google Cloud's managed load balancers: Ap\
        plication Load Balancers (formerly HTTP(S) Load Balancing), Network Load Balancers and others.\u{0}m\
        \u{8}'https://cloud.google.com/load-balancing\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\
        \u{18}l\u{b}\u{12}$x\u{b}\u{0}\u{0}\u{4}n\u{8}\u{19}Application Load Balancer\u{14}\u{16}N\u{c}\
        \u{14}H\u{1}@\ro\u{8}\u{16}HTTP(S) Load Balancing\u{14}L\u{1}D\r\u{14}x\u{1}p\rp\u{8}#Google Cloud H\
        TTP(S) Load Balancing\u{14}|\u{1}t\r\u{14}B\u{3}z\u{e}q\u{8}\nHTTP(S) LB\u{14}F\u{3}~\u{e}\u{14}Z\
        \u{3}R\u{f}\u{1}Y\u{6}\u{1}U\u{3}\u{18}\u{12}P\u{10}\u{18}.l\u{10}\u{1}\u{7}E\u{5}\u{1c}\u{16}Z\
        \u{11}\u{1c}4x\u{11}r\u{8}\u{c}lets-encrypt\u{1e}\u{1a}R\u{12}\u{1e}2j\u{12}\u{1}s\u{8}J\u{3}Google-\
        managed certificates from Certificate Manager fall back to the Let's Encrypt CA when Google's Public\
         CA cannot issue one; self-managed certificates, such as Let's Encrypt's, can also be uploaded.\u{3}\
        t\u{8}F\u{1}https://cloud.google.com/load-balancing/docs/application-load-balanceru\u{8}=https://clo\
        ud.google.com/load-balancing/docs/ssl-certificatesv\u{8}>https://cloud.google.com/certificate-manage\
        r/docs/how-it-works\u{1}$\u{6}p\u{19}*\u{2}L \u{0}\u{8}\u{10}\u{14}F\u{b}\u{10}\"T\u{b}\u{0}\tM\u{6}\
        *\u{16}` **t \u{5}w\u{8}\rcloud-loggingx\u{8}#<built-in>/tools/cloud-logging.yamly\u{8}\rCloud Loggi\
        ng\\\u{1}\u{6}\u{16}x\u{2}\u{6}$F\u{3}\u{0}z\u{8}~\u{1}Managed log storage, search and routing; log \
        sinks export to BigQuery, Cloud Storage or Pub/Sub. Formerly Stackdriver Logging.\u{0}{\u{8} https:/\
        /cloud.google.com/logging\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}~\n\u{12}$J\
        \u{b}\u{0}\u{0}\u{1}|\u{8}\u{13}Stackdriver Logging\u{14}\u{16}`\u{b}\u{14}<F\u{c}\u{1}Y\u{6}\u{1}X\
        \u{3}\u{18}\u{12}D\r\u{18}.`\r\u{5}\u{7}W\u{5}\u{1c}\u{16}N\u{e}\u{1c}$\\\u{e}}\u{8}\u{1a}google-clo\
        ud-observability\u{1e}\u{1a}v\u{e}\u{1e}N\u{1}j\u{f}\u{0}\u{7}v\u{4} \u{16}@\u{10} *T\u{10}z\u{6}\"\
        \u{1a}n\u{10}\"*~\u{10}\u{1}~\u{8}-Log sinks route entries to BigQuery datasets.\u{7}v\u{4}&\u{16}D\
        \u{13}&*X\u{13}\u{7f}\u{8}\rcloud-storage(\u{1a}r\u{13}(4L\u{14}\u{0}\u{7}v\u{4}*\u{16}b\u{14}**v\
        \u{14}e\u{6},\u{1a}P\u{15},2h\u{15}\u{0}\u{7}T\u{5}.\u{16}~\u{15}.&N\u{16}Z\u{6}0\u{1a}h\u{16}0 n\
        \u{16}\u{0}\u{2}@\t.https://cloud.google.com/logging/docs/overviewA\t@\u{1}https://cloud.google.com/\
        logging/docs/export/configure_export_v2\u{1}4\u{6}F\u{17}8\u{2}r\u{1a}\u{0}\u{8}\u{10}\u{14}X\n\
        \u{10}\"f\n\u{0}\tM\u{6}8\u{16}F\u{1b}8*Z\u{1b}\u{5}B\t\u{10}cloud-monitoringC\t&<built-in>/tools/cl\
        oud-monitoring.yamlD\t\u{10}Cloud Monitoringe\u{1}\u{6}\u{16}~\u{2}\u{6}*R\u{3}\u{0}E\ti\u{1}Managed\
         metrics, dashboards, uptime checks and alerting on Google Cloud. Formerly Stackdriver Monitoring.\
        \u{0}F\t#https://cloud.google.com/monitoring\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{12}\
        \u{18}b\n\u{12}$n\n\u{0}\u{0}\u{1}G\t\u{16}Stackdriver Monitoring\u{14}\u{16}D\u{b}\u{14}B\u{1}p\
        \u{b}\u{1}Y\u{6}\u{1}a\u{3}\u{18}\u{12}n\u{c}\u{18}6R\r\u{2}\u{7}W\u{5}\u{1c}\u{16}@\u{e}\u{1c}$N\
        \u{e}}\u{8}\u{1e}\u{1a}h\u{e}\u{1e}N\u{1}\\\u{f}\u{0}\u{7}_\u{4} \u{16}r\u{f} 2N\u{10}H\t\u{7}datado\
        g\"\u{1a}h\u{10}\"(v\u{10}\u{0}\u{1}I\t<https://cloud.google.com/monitoring/docs/monitoring-overview\
        \u{1}&\u{6}N\u{11}(\u{2}L\u{13}\u{0}\u{8}\u{10}\u{14}|\t\u{10}\"J\n\u{0}\tM\u{6}(\u{16}`\u{13}(*t\
        \u{13}\u{5}e\u{6}J\t\"<built-in>/tools/cloud-pubsub.yamlK\t\u{7}Pub/Subb\u{1}\u{6}\u{16}l\u{2}\u{6}(\
        ~\u{2}\u{0}L\t6Google Cloud's managed asynchronous messaging service.\u{1}M\tR\u{5}A panel member wa\
        nted to run RabbitMQ because something of Pub/Sub's was too short; the notes write\n\"ACQ\u{ff1f}\" \
        (Cloud pub/sub\u{306f}ACQ\u{ff1f}\u{304c}\u{77ed}\u{3044}\u{304b}\u{3089}MQ\u{52d5}\u{304b}\u{3057}\
        \u{305f}\u{3044}), most likely the acknowledgement deadline, which\nis at most 600 seconds.\nPublic \
        beta from March 2015 (hence `since: 2015`), after a private alpha shown at Google I/O 2014.\nN\t\
        \u{1f}https://cloud.google.com/pubsub\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{1c}\u{18}r\
        \u{13}\u{1c}$~\u{13}\u{0}\u{1}~>\u{2}O\t\rCloud Pub/Sub \u{16}l\u{14} 0F\u{15}P\t\u{6}pubsub 4J\
        \u{15} @\u{1}V\u{15}\u{1}Y\u{6}\u{2}z\u{3}$\u{12}T\u{16}$ b\u{16}^\u{3}$$f\u{16}$>@\u{17}\u{1}\u{7}d\
        \u{5}(\u{16}n\u{17}(\u{1e}v\u{17}@\u{7}*\u{1a}P\u{18}*,b\u{18}\u{0}\u{3}Q\t-https://cloud.google.com\
        /pubsub/docs/overviewR\t2https://cloud.google.com/pubsub/docs/release-notesS\tA\u{2}https://docs.clo\
        ud.google.com/dotnet/docs/reference/Google.Cloud.PubSub.V1/latest/Google.Cloud.PubSub.V1.ModifyAckDe\
        adlineRequest\u{1}.\u{6}z\u{18}4\u{2}T \u{0}\u{8}\u{1a}\u{14}L\u{13}\u{1a}\"Z\u{13}\u{0}\tD\u{7}4\
        \u{16}h 4*| \u{5}T\t\rcloud-spannerU\t#<built-in>/tools/cloud-spanner.yamlV\t\u{7}SpannerE\u{1}\u{6}\
        \u{16}l\u{2}\u{6}&|\u{2}\u{0}W\tV\u{1}Google Cloud's horizontally scalable, strongly consistent rela\
        tional database service.\u{1}X\t6Public beta from February 2017 (hence `since: 2017`).\nY\t https://\
        cloud.google.com/spanner\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{16}\u{18}n\u{b}\u{16}$z\
        \u{b}\u{0}\u{1}B?\u{1}Z\t\rCloud Spanner\u{1a}\u{16}h\u{c}\u{1a}0B\r\u{1}Y\u{6}\u{1}}\u{3}\u{1e}\
        \u{12}@\u{e}\u{1e}8f\u{e}\u{1}\u{7}E\u{5}\"\u{16}T\u{f}\"4r\u{f}z\u{6}$\u{1a}L\u{10}$*\\\u{10}\u{1}[\
        \t>BigQuery queries Spanner data in place with federated queries.\u{4}\\\t.https://cloud.google.com/\
        spanner/docs/overview]\tM\u{1}https://research.google/pubs/spanner-googles-globally-distributed-data\
        base-2/^\t=https://www.infoq.com/news/2017/02/google-cloud-spanner-beta/_\t@\u{1}https://cloud.googl\
        e.com/bigquery/docs/spanner-federated-queries\u{1}*\u{6}F\u{13}2\u{2}Z\u{1b}\u{0}\u{8}\u{14}\u{14}H\
        \u{b}\u{14}\"V\u{b}\u{0}\tD\u{7}2\u{16}n\u{1b}2*B\u{1c}\u{5}`\t\tcloud-sqla\t\u{1f}<built-in>/tools/\
        cloud-sql.yamlb\t\tCloud SQLE\u{1}\u{6}\u{16}p\u{2}\u{6}&@\u{3}\u{0}c\t?Fully managed MySQL, Postgre\
        SQL and SQL Server on Google Cloud.\u{1}d\tq\u{1}Launched in October 2011 as a limited preview of ho\
        sted MySQL for App Engine applications (hence\n`since: 2011`).\ne\t\u{1c}https://cloud.google.com/sq\
        l\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{18}\u{18}v\u{c}\u{18}$B\r\u{0}\u{1}v>\u{0}\u{1}\
        Y\u{6}\u{1}}\u{3}\u{1e}\u{12}V\u{e}\u{1e}8|\u{e}\u{1}\u{7}d\u{5}\"\u{16}j\u{f}\"\u{1e}r\u{f}@\u{7}$\
        \u{1a}L\u{10}$,^\u{10}\u{1}f\t*Instance access is granted with IAM roles.\u{2}g\t.https://cloud.goog\
        le.com/sql/docs/introductionh\t_\u{1}http://www.techrepublic.com/blog/the-enterprise-cloud/a-letter-\
        of-regret-to-google-cloud-mysql/\u{1}*\u{6}`\u{12}.\u{2}J\u{17}\u{0}\u{8}\u{16}\u{14}P\u{c}\u{16}\"^\
        \u{c}\u{0}\tD\u{7}.\u{16}^\u{17}.*r\u{17}\u{5}\u{7f}\u{8}i\t#<built-in>/tools/cloud-storage.yamlj\t\
        \rCloud Storagej\u{1}\u{6}\u{16}x\u{2}\u{6}2T\u{3}\u{0}k\t&Google Cloud's object storage service.\
        \u{1}l\tV\u{2}Announced as Google Storage for Developers at Google I/O in May 2010, in limited previ\
        ew (hence\n`since: 2010`); opened to all developers in May 2011.\nm\t https://cloud.google.com/stora\
        ge\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{18}\u{18}j\r\u{18}$v\r\u{0}\u{1}t>\u{2}n\t\
        \u{3}GCS\u{1c}\u{16}d\u{e}\u{1c}\u{1c}j\u{e}o\t\u{14}Google Cloud Storage\u{1c} n\u{e}\u{1c}H\u{1}V\
        \u{f}\u{1}Y\u{6}\u{1}j\u{1} \u{12}T\u{10} .p\u{10}\u{1}\u{7}d\u{5}$\u{16}^\u{11}$\u{1e}f\u{11}@\u{7}\
        &\u{1a}@\u{12}&,R\u{12}\u{0}\u{3}p\t2https://cloud.google.com/storage/docs/introductionq\tA\u{1}http\
        s://www.infoq.com/news/2010/06/Google-Storage-for-Developers/r\tI\u{1}https://blog.joedrumgoole.com/\
        2011/05/11/google-storage-available-to-all/\u{1}*\u{6}j\u{12}0\u{2}|\u{18}\u{0}\u{8}\u{16}\u{14}D\r\
        \u{16}\"R\r\u{0}\tD\u{7}0\u{16}P\u{19}0*d\u{19}\u{5}s\t\u{12}cluster-autoscalert\t(<built-in>/tools/\
        cluster-autoscaler.yamlu\t\u{12}Cluster Autoscaler(\u{6}\u{16}B\u{3}\u{6},X\u{3}\u{0}v\tO\u{1}Adds n\
        odes when pods cannot be scheduled and removes nodes that stay underused.\u{1}w\to\u{1}A Kubernetes \
        SIG Autoscaling sub-project in the kubernetes organisation, so it shares Kubernetes'\nCNCF status.\n\
        x\tG\u{1}https://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler\u{1}y\t(https://git\
        hub.com/kubernetes/autoscaler_\u{7}\u{1}`\u{7}\u{1}z\t\u{1a}Kubernetes SIG AutoscalingO\u{7}\u{0}\
        \u{6}E\u{6}\u{16}\u{18}V\r\u{16}$b\r\u{1}{\t\tgraduated\u{1}@?\u{1}|\t\u{2}CA\"\u{16}t\u{12}\"\u{1a}\
        x\u{12}\u{1}u\u{6}\u{1}a\u{2}&\u{12}r\u{13}&8X\u{14}\u{2}\u{7}W\u{5}*\u{16}F\u{15}*$T\u{15}u\u{6},\
        \u{1a}n\u{15},.B\u{16}\u{1}}\t%A Kubernetes SIG Autoscaling project.\u{7}L\u{5}0\u{16}x\u{17}0$F\
        \u{18}~\t\u{e}gke-node-pools2\u{1a}`\u{18}26|\u{18}\u{1}\u{7f}\t\u{1d}On GKE it resizes node pools.\
        \u{5}x\t@\nK\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-autoscalerA\nQ\
        \u{1}https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/README.mdB\nO\u{1}https\
        ://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/main.goC\n>https://github.com/kub\
        ernetes/autoscaler/blob/master/README.md\u{1}8\u{6}d\u{1a}B\u{1}\u{2}r&\u{0}\u{b}\u{3}q\u{5}n\u{5}j\
        \u{5}\u{18}\u{e}p\r\u{18} B\u{e}\u{14}\u{14}h\u{c}\u{14}*~\u{c}\u{c}\u{e}|\u{8}\u{c}^\u{1}L\n\u{0}\t\
        M\u{6}B\u{1}\u{16}F'B\u{1}*Z'\u{5}D\n\u{1c}compute-engine-machine-typesE\n2<built-in>/tools/compute-\
        engine-machine-types.yamlF\n\u{1c}Compute Engine machine typesS\u{1}\u{6}\u{16}V\u{3}\u{6}:z\u{3}\
        \u{0}G\no\u{1}Predefined and custom VM shapes of vCPUs and memory, such as n1-standard and n1-highme\
        m, that GKE nodes run on.\u{1}H\np\u{3}Mercari's node pools were n1-standard, with a high-memory (n1\
        -highmem) pool only for machine\nlearning. Machine types (1, 2, 4 and 8 virtual CPUs) were already p\
        art of the Compute Engine\nlimited preview presented at Velocity Europe in 2012.\nI\n6https://cloud.\
        google.com/compute/docs/machine-resource\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{1a}\
        \u{18}J\u{14}\u{1a}$V\u{14}\u{0}\u{1}x>\u{3}J\n\rmachine types\u{1e}\u{16}D\u{15}\u{1e}0^\u{15}K\n\
        \u{b}n1-standard\u{1e}4b\u{15}\u{1e}J\u{1}x\u{15}L\n\nn1-highmem\u{1e}N\u{1}|\u{15}\u{1e}b\u{1}P\
        \u{16}\u{1}Y\u{6}\u{1}[\u{3}\"\u{12}N\u{17}\",h\u{17}\u{0}\u{3}I\nM\n>https://cloud.google.com/compu\
        te/docs/general-purpose-machinesN\n?http://slides.eightypercent.net/velocity-europe-2012/index.html\
        \u{1}&\u{6}B\u{18},\u{2}B\u{1e}\u{0}\u{8}\u{18}\u{14}d\u{13}\u{18}\"r\u{13}\u{0}\tD\u{7},\u{16}V\
        \u{1e},*j\u{1e}\u{5}O\n\u{11}container-builderP\n'<built-in>/tools/container-builder.yamlQ\n\u{18}Go\
        ogle Container Builder@\u{1}\u{6}\u{16}N\u{3}\u{6}4l\u{3}\u{0}R\n[\u{1}Google Cloud's hosted contain\
        er image build service from 2017, renamed Cloud Build in 2018.\u{1}S\n~\u{1}Made generally available\
         at Google Cloud Next in March 2017; relaunched as Cloud Build at\nGoogle Cloud Next '18 in July 201\
        8.\n|\u{7}\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}T\n\nsuperseded\u{18}\u{18}x\u{e}\u{18},L\u{f}\
        \u{0}\u{1}B?\u{1}U\n\u{11}Container Builder\u{1e}\u{16}r\u{10}\u{1e}8T\u{11}\u{1}Y\u{6}\u{1}j\u{2}\"\
        \u{12}R\u{12}\"<|\u{12}\u{1}\u{7}_\u{5}&\u{16}j\u{13}&0D\u{14}n\u{7}(\u{1a}^\u{14}(0t\u{14}\u{1}V\n!\
        Renamed Cloud Build in July 2018.\u{4}B\u{8}A\u{8}C\u{8}W\ng\u{1}https://www.gcppodcast.com/post/epi\
        sode-79-container-builder-with-christopher-sanson-and-david-bendory/\u{1}.\u{6}d\u{16}6\u{2}D!\u{1}X\
        \n\n2018-07-24\u{1a}$p\u{f}\u{1a}8D\u{10}\u{8}\u{16}\u{14}R\u{e}\u{16}\"`\u{e}\u{0}\tD\u{7}6\u{16}X!\
        6*l!\u{5}H\tY\n\u{1d}<built-in>/tools/datadog.yamlZ\n\u{7}Datadoge\u{1}\u{6}\u{16}l\u{2}\u{6}*@\u{3}\
        \u{0}[\n_\u{1}SaaS monitoring platform for metrics, logs, traces and dashboards across clouds and co\
        ntainers.\u{1}\\\nW\u{2}Mercari used Datadog rather than Stackdriver Monitoring for its integrations\
        . Panel members liked it\nfor many clusters and its then-new container map.\n]\n\u{1a}https://www.da\
        tadoghq.com/\u{0}T\u{6}\u{0}\u{1}Z\nm\u{7}\u{0}\u{6}E\u{6}\u{18}\u{18}n\u{e}\u{18}$z\u{e}\u{0}\u{0}\
        \u{0}\u{1}m\u{7}\u{2}a\u{3}\u{1c}\u{12}f\u{f}\u{1c}6J\u{10}X\u{3}\u{1c}:N\u{10}\u{1c}V\u{1}j\u{10}\
        \u{2}\u{7}T\u{5} \u{16}X\u{11} &h\u{11}u\u{6}\"\u{1a}B\u{12}\".V\u{12}\u{0}\u{7}T\u{5}$\u{16}l\u{12}\
        $&|\u{12}Z\u{6}&\u{1a}V\u{13}& \\\u{13}\u{0}\u{3}^\n+https://docs.datadoghq.com/getting_started/_\n9\
        https://www.datadoghq.com/blog/introducing-container-map/`\n2https://docs.datadoghq.com/infrastructu\
        re/hostmap/\u{1}*\u{6}t\u{13}0\u{2}z\u{18}\u{0}\u{8}\u{16}\u{14}N\u{e}\u{16}\u{1c}V\u{e}\u{0}\tM\
        \u{6}0\u{16}N\u{19}0*b\u{19}\u{5}a\n\u{6}dockerb\n\u{1c}<built-in>/tools/docker.yamlc\n\u{6}Docker@\
        \u{1}\u{6}\u{16}j\u{2}\u{6}4H\u{3}\u{0}d\nT\u{1}Builds, ships and runs container images; multi-stage\
         builds keep final images small.\u{1}e\nj\u{1}The panel called multi-stage builds a must: smaller im\
        ages carry fewer vulnerabilities and deploy\nfaster.\nf\n\u{16}https://www.docker.com\u{1}g\n\u{1c}h\
        ttps://github.com/moby/moby_\u{7}\u{1}`\u{7}\u{1}c\nO\u{7}\u{0}\u{6}E\u{6}\u{1c}\u{18}l\u{e}\u{1c}$x\
        \u{e}\u{0}\u{1}z>\u{0}\u{1}h\n\ncontainers\u{2}j\u{2}\"\u{12}H\u{10}\"<r\u{10}j\u{3}\"@\u{1}v\u{10}\
        \"b\u{1}X\u{11}\u{1}\u{7}E\u{5}&\u{16}F\u{12}&4d\u{12}u\u{6}(\u{1a}~\u{12}(.R\u{13}\u{1}i\nC\u{1}Doc\
        ker Desktop includes a standalone Kubernetes server and kubectl.\u{6}j\n4https://docs.docker.com/get\
        -started/docker-overview/k\n3https://docs.docker.com/build/building/multi-stage/g\nl\n0https://githu\
        b.com/moby/moby/blob/master/LICENSEm\n0https://github.com/moby/moby/releases/tag/v0.1.0n\n4https://d\
        ocs.docker.com/desktop/features/kubernetes/\u{1}.\u{6}F\u{16}:\u{2}l\u{1f}\u{0}\n\u{1a}\u{14}~\r\
        \u{1a}*T\u{e}\u{12}\u{e}R\u{b}\u{12}F\u{1}J\u{c}\u{0}\tM\u{6}:\u{16}@ :*T \u{5}o\n\u{11}docker-enter\
        prisep\n'<built-in>/tools/docker-enterprise.yamlq\n\u{11}Docker Enterpriseo\u{1}\u{6}\u{16}@\u{3}\
        \u{6}0Z\u{3}\u{0}r\n[\u{1}Docker's commercial container platform with Swarm and Kubernetes; sold to \
        Mirantis in 2019.\u{0}s\n=https://www.mirantis.com/software/mirantis-kubernetes-engine/\u{0}T\u{6}\
        \u{0}\u{1}t\n\u{8}MirantisO\u{7}\u{0}\u{6}T\n\u{12}\u{18}F\u{b}\u{12},Z\u{b}\u{0}\u{1}B?\u{2}u\n\tDo\
        cker EE\u{18}\u{16}@\r\u{18}(R\rv\n\u{19}Docker Enterprise Edition\u{18},V\r\u{18}^\u{1}H\u{e}\u{1}h\
        \n\u{1}m\u{2}\u{1c}\u{12}B\u{f}\u{1c}@\u{1}p\u{f}\u{2}\u{7}_\u{5} \u{16}^\u{10} 0x\u{10}w\n\u{1a}mir\
        antis-kubernetes-engine\"\u{1a}R\u{11}\"N\u{1}F\u{12}\u{1}x\n,Mirantis acquired it in 2019 and renam\
        ed it.\u{7}E\u{5}&\u{16}J\u{14}&4h\u{14}u\u{6}(\u{1a}B\u{15}(.V\u{15}\u{1}y\nb\u{1}Ships Kubernetes \
        beside Swarm as a choice of orchestrator; Swarm-only clusters need no Kubernetes.\u{2}z\n_\u{1}https\
        ://www.mirantis.com/company/press-center/company-news/mirantis-acquires-docker-enterprise/{\n;https:\
        //thenewstack.io/mirantis-acquires-docker-enterprise/\u{1}.\u{6}L\u{19}2\u{2}P\u{1e}\u{1}|\n\n2019-1\
        1-13\u{14}$~\u{b}\u{14}8R\u{c}\u{8}\u{10}\u{14}X\n\u{10}*n\n\u{0}\tD\u{7}2\u{16}d\u{1e}2*x\u{1e}\
        \u{5}}\n\u{5}envoy~\n\u{1b}<built-in>/tools/envoy.yaml\u{7f}\n\u{5}Envoyy\u{1}\u{6}\u{16}h\u{2}\u{6}\
         r\u{2}\u{0}@\u{b}b\u{1}High-performance L7 proxy and communication bus designed for large service-o\
        riented architectures.\u{0}A\u{b}\u{19}https://www.envoyproxy.io\u{1}B\u{b}#https://github.com/envoy\
        proxy/envoy_\u{7}\u{1}C\u{b}\u{3}C++\u{1}D\u{b}!Cloud Native Computing FoundationO\u{7}\u{0}\u{6}E\
        \u{6}\u{16}\u{18}@\u{c}\u{16}$L\u{c}\u{1}{\t\u{1}@?\u{0}\u{2}q\u{5}E\u{b}\u{4}lyft\u{3}L\u{4}\u{1e}\
        \u{12}|\r\u{1e},V\u{e}U\u{3}\u{1e}0Z\u{e}\u{1e}L\u{1}v\u{e}^\u{2}\u{1e}P\u{1}z\u{e}\u{1e}p\u{1}Z\
        \u{f}\u{2}\u{7}{\u{4}\"\u{16}H\u{10}\"*\\\u{10}F\u{b}\u{7}sidecar$\u{1a}v\u{10}$(D\u{11}\u{0}\u{7}{\
        \u{4}&\u{16}Z\u{11}&*n\u{11}r\u{7}(\u{1a}H\u{12}(8f\u{12}\u{0}\u{5}G\u{b}?https://www.envoyproxy.io/\
        docs/envoy/latest/intro/what_is_envoyB\u{b}H\u{b};https://github.com/cncf/landscape/blob/master/land\
        scape.ymlI\u{b}5https://github.com/envoyproxy/envoy/blob/main/LICENSEJ\u{b}R\u{1}https://github.com/\
        envoyproxy/envoy/blob/main/docs/root/version_history/v1.0.0.rst\u{1},\u{6}~\u{12}6\u{2}t\u{1c}\u{0}\
        \u{b}\u{18}\u{e}Z\u{c}\u{18} l\u{c}\u{14}\u{14}R\u{b}\u{14}*h\u{b}\u{c}\u{e}`\u{7}\u{c}T\u{1}f\u{8}\
        \u{0}\tM\u{6}6\u{16}H\u{1d}6*\\\u{1d}\u{5}K\u{b}\u{f}error-reportingL\u{b}%<built-in>/tools/error-re\
        porting.yamlM\u{b}\u{f}Error ReportingP\u{1}\u{6}\u{16}|\u{2}\u{6}2X\u{3}\u{0}N\u{b}{\u{1}Groups and\
         counts application errors from Google Cloud logs and notifies on new ones. Formerly Stackdriver Err\
        or Reporting.\u{0}O\u{b}(https://cloud.google.com/error-reporting\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\
        \u{0}\u{6}E\u{6}\u{12}\u{18}V\u{b}\u{12}$b\u{b}\u{0}\u{0}\u{1}P\u{b}\u{1b}Stackdriver Error Reportin\
        g\u{14}\u{16}x\u{b}\u{14}L\u{1}n\u{c}\u{1}Y\u{6}\u{1}P\u{1}\u{18}\u{12}l\r\u{18}.H\u{e}\u{2}\u{7}W\
        \u{5}\u{1c}\u{16}v\u{e}\u{1c}$D\u{f}}\u{8}\u{1e}\u{1a}^\u{f}\u{1e}N\u{1}R\u{10}\u{0}\u{7}_\u{4} \
        \u{16}h\u{10} 2D\u{11}Q\u{b}\u{6}sentry\"\u{1a}^\u{11}\"&j\u{11}\u{0}\u{1}R\u{b}-https://cloud.googl\
        e.com/error-reporting/docs\u{1}&\u{6}B\u{12}(\u{2}b\u{13}\u{0}\u{8}\u{10}\u{14}p\n\u{10}\"~\n\u{0}\t\
        M\u{6}(\u{16}v\u{13}(*J\u{14}\u{5}S\u{b}\u{c}external-dnsT\u{b}\"<built-in>/tools/external-dns.yamlU\
        \u{b}\u{b}ExternalDNSM\u{1}\u{6}\u{16}t\u{2}\u{6}\u{1c}z\u{2}\u{0}V\u{b}T\u{1}Creates DNS records in\
         external DNS providers for Kubernetes Services and Ingresses.\u{1}W\u{b}\u{7f}\u{3}Started in kuber\
        netes-incubator and moved to kubernetes-sigs. At Mercari, creating an Ingress made\nExternalDNS regi\
        ster its name in Cloud DNS. A Kubernetes SIG Network sub-project, so it shares\nKubernetes' CNCF sta\
        tus. First release v0.1.0 in March 2017.\nX\u{b}/https://kubernetes-sigs.github.io/external-dns/\
        \u{1}Y\u{b}/https://github.com/kubernetes-sigs/external-dns_\u{7}\u{1}`\u{7}\u{1}Z\u{b}\u{16}Kuberne\
        tes SIG NetworkO\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}@\u{15}\u{1e}$L\u{15}\u{1}{\t\u{1}B?\u{1}S\u{b}$\
        \u{16}Z\u{16}$.r\u{16}\u{1}u\u{6}\u{1}@\u{3}(\u{12}l\u{17}(0J\u{18}\u{3}\u{7}L\u{5},\u{16}x\u{18},$F\
        \u{19}G\u{8}.\u{1a}`\u{19}.,r\u{19}\u{0}\u{7}d\u{5}0\u{16}H\u{1a}0\u{1e}P\u{1a}[\u{b}\u{12}kubernete\
        s-ingress2\u{1a}j\u{1a}2>N\u{1b}\u{1}\\\u{b}1Reads hostnames from Ingress and Service objects.\u{7}[\
        \u{5}6\u{16}\\\u{1d}6$j\u{1d}u\u{6}8\u{1a}D\u{1e}8.X\u{1e}\u{0}\u{5}Y\u{b}X\u{b}]\u{b}F\u{1}https://\
        github.com/kubernetes-sigs/external-dns/blob/master/LICENSE.md^\u{b}C\u{1}https://github.com/kuberne\
        tes-sigs/external-dns/releases/tag/v0.1.0_\u{b}B\u{1}https://github.com/kubernetes-sigs/external-dns\
        /blob/master/OWNERS\u{1}<\u{6}p\u{1e}F\u{1}\u{2}p(\u{0}\u{b} \u{e}Z\u{15}  l\u{15}\u{1c}\u{14}R\
        \u{14}\u{1c}*h\u{14}\u{14}\u{e}`\u{10}\u{14}l\u{1}~\u{11}\u{0}\tM\u{6}F\u{1}\u{16}D)F\u{1}*X)\u{5}Z\
        \u{6}`\u{b}\u{19}<built-in>/tools/gke.yamla\u{b}\u{18}Google Kubernetes Engine_\u{1}\u{6}\u{16}N\
        \u{3}\u{6}:r\u{3}\u{0}b\u{b}\\\u{1}Google Cloud's managed Kubernetes service; it was called Google C\
        ontainer Engine until 2017.\u{1}c\u{b}o\u{1}Alpha from November 2014; generally available in 2015 (h\
        ence `since: 2015`, the year of general\navailability).\nd\u{b}+https://cloud.google.com/kubernetes-\
        engine/\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{18}\u{18}@\u{f}\u{18}$L\u{f}\u{0}\u{1}~>\
        \u{2}e\u{b}\u{17}Google Container Engine\u{1c}\u{16}z\u{f}\u{1c}D\u{1}h\u{10}f\u{b}\u{3}GKE\u{1c}H\
        \u{1}l\u{10}\u{1c}N\u{1}r\u{10}\u{2}u\u{6}Y\u{6}\u{3}m\u{2} \u{12}H\u{12} @\u{1}v\u{12}a\u{2} D\u{1}\
        z\u{12} j\u{1}`\u{13}p\u{3} n\u{1}d\u{13} B\u{2}x\u{13}\u{3}\u{7}H\u{5}$\u{16}f\u{14}$<L\u{15}u\u{6}\
        &\u{1a}f\u{15}&.z\u{15}\u{0}\u{7}d\u{5}(\u{16}P\u{16}(\u{1e}X\u{16}@\u{7}*\u{1a}r\u{16}*,D\u{17}\
        \u{1}g\u{b}A\u{1}Cloud IAM grants access to clusters and the projects they run in.\u{7}_\u{4}.\u{16}\
        r\u{19}.2N\u{1a}m\u{6}0\u{1a}h\u{1a}00~\u{1a}\u{1}h\u{b}T\u{1}Both run containers for you; Fargate w\
        ithout a Kubernetes control plane of your own.\u{3}i\u{b}S\u{1}https://cloud.google.com/kubernetes-e\
        ngine/docs/concepts/kubernetes-engine-overviewj\u{b}h\u{1}https://cloud.google.com/blog/products/gcp\
        /introducing-certified-kubernetes-and-google-kubernetes-enginek\u{b}>https://www.infoq.com/news/2015\
        /10/google-container-engine-ga/\u{1}6\u{6}X\u{1e}<\u{2}d&\u{0}\u{8}\u{16}\u{14}Z\u{e}\u{16}\"h\u{e}\
        \u{0}\tD\u{7}<\u{16}x&<*L'\u{5}~\tl\u{b}$<built-in>/tools/gke-node-pools.yamlm\u{b}\u{e}GKE node poo\
        ls_\u{1}\u{6}\u{16}z\u{2}\u{6}:^\u{3}\u{0}n\u{b}M\u{1}Groups of nodes with one machine type and conf\
        iguration inside a GKE cluster.\u{1}o\u{b}Q\u{7}Mercari ran n1-standard node pools and a high-memory\
         pool for machine learning. The GKE panel\nsuggested splitting pools when machines differ and asked \
        whether pools split by version could not\nsimply be upgraded blue-green (\u{30d6}\u{30eb}\u{30fc}\
        \u{30b0}\u{30ea}\u{30fc}\u{30f3}\u{3059}\u{308c}\u{3070}\u{3088}\u{3044}\u{306e}\u{3067}\u{306f}, \"\
        why not blue-green?\"). GKE now offers\nblue-green as a node pool upgrade strategy of its own, besid\
        e the default surge upgrades. Google\nannounced node pools, generally available, on 26 May 2016.\np\
        \u{b}C\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/node-pools\u{0}T\u{6}\u{0}\u{1}U\
        \u{6}V\u{6}\u{0}\u{6}E\u{6}\u{1e}\u{18}J\u{1a}\u{1e}$V\u{1a}\u{0}\u{1}@?\u{0}\u{2}u\u{6}Y\u{6}\u{1}p\
        \u{3}$\u{12}B\u{1c}$&V\u{1c}\u{2}\u{7}W\u{5}(\u{16}D\u{1d}($R\u{1d}Z\u{6}*\u{1a}l\u{1d}* r\u{1d}\
        \u{0}\u{7}d\u{5},\u{16}H\u{1e},\u{1e}P\u{1e}D\n.\u{1a}j\u{1e}.R\u{1}b\u{1f}\u{1}q\u{b}1Every node in\
         a pool has the pool's machine type.\u{3}p\u{b}r\u{b}]\u{1}https://cloud.google.com/blog/products/gc\
        p/introducing-google-container-engine-gke-node-poolss\u{b}U\u{1}https://cloud.google.com/kubernetes-\
        engine/docs/concepts/node-pool-upgrade-strategies\u{1}4\u{6}r!:\u{2}v)\u{0}\u{8}\u{1c}\u{14}d\u{19}\
        \u{1c}\"r\u{19}\u{0}\tM\u{6}:\u{16}J*:*^*\u{5}}\u{8}t\u{b}0<built-in>/tools/google-cloud-observabili\
        ty.yamlu\u{b}\u{1a}Google Cloud Observabilitye\u{1}\u{6}\u{16}R\u{3}\u{6}*f\u{3}\u{2}\\\u{1}\u{8}\
        \u{1c}B\u{4}\u{8}*P\u{4}P\u{1}\u{8}.T\u{4}\u{8}J\u{1}p\u{4}v\u{b}W\u{1}Google Cloud's suite for logs\
        , metrics, traces and error reports; formerly Stackdriver.\u{1}w\u{b}s\u{1}Formerly Google Stackdriv\
        er; renamed Google Cloud's operations suite in 2020 and Google Cloud\nObservability later.\nx\u{b}/h\
        ttps://cloud.google.com/products/observability\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\
        \u{1a}\u{18}F\u{10}\u{1a}$R\u{10}\u{0}\u{0}\u{2}y\u{b}\u{1f}Google Cloud's operations suite\u{1c}\
        \u{16}h\u{10}\u{1c}T\u{1}f\u{11}z\u{b}\u{10}Cloud Operations\u{1c}X\u{1}j\u{11}\u{1c}x\u{1}J\u{12}\
        \u{1}Y\u{6}\u{3}X\u{3} \u{12}H\u{13} .d\u{13}a\u{3} 2h\u{13} V\u{1}L\u{14}P\u{1} Z\u{1}P\u{14} v\
        \u{1}l\u{14}\u{1}\u{7}T\u{5}$\u{16}Z\u{15}$&j\u{15}Z\u{6}&\u{1a}D\u{16}& J\u{16}\u{0}\u{2}x\u{b}{\
        \u{b})https://cloud.google.com/stackdriver/docs\u{1}*\u{6}b\u{16}.\u{2}b\u{19}\u{0}\u{8}\u{18}\u{14}\
        `\u{f}\u{18}\"n\u{f}\u{0}\t|\u{b}\n2026-11-27.\u{16}v\u{19}.*J\u{1a}\u{5}d\u{8}}\u{b}+<built-in>/too\
        ls/google-cloud-projects.yaml~\u{b}\u{15}Google Cloud projectsV\u{1}\u{6}\u{16}H\u{3}\u{6}4f\u{3}\
        \u{0}\u{7f}\u{b}w\u{1}The Google Cloud container for resources, billing and IAM policies; Mercari ma\
        de one per service its unit of isolation.\u{1}@\u{c}h\u{2}Because Cloud IAM was coarse, Mercari crea\
        ted a GCP project per service and assigned IAM there;\nwith its Terraform set-up, a script could cre\
        ate a new project at once.\nA\u{c}I\u{1}https://cloud.google.com/resource-manager/docs/creating-mana\
        ging-projects\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{18}\u{18}T\u{12}\u{18}$`\u{12}\u{0}\
        \u{0}\u{3}B\u{c}\u{b}GCP project\u{1a}\u{16}v\u{12}\u{1a},L\u{13}C\u{c}\u{c}GCP projects\u{1a}0P\
        \u{13}\u{1a}H\u{1}h\u{13}D\u{c}\u{19}Resource Manager projects\u{1a}L\u{1}l\u{13}\u{1a}~\u{1}^\u{14}\
        \u{2}Y\u{6}A\u{2}\u{2}m\u{3}\u{1e}\u{12}p\u{15}\u{1e},J\u{16}M\u{2}\u{1e}0N\u{16}\u{1e}L\u{1}j\u{16}\
        \u{0}\u{3}A\u{c}E\u{c}P\u{1}https://cloud.google.com/resource-manager/docs/cloud-platform-resource-h\
        ierarchyF\u{c}6https://cloud.google.com/sdk/gcloud/reference/projects\u{1}\"\u{6}D\u{17}(\u{2}|\
        \u{1d}\u{0}\u{8}\u{16}\u{14}n\u{11}\u{16}\"|\u{11}\u{0}\tM\u{6}(\u{16}P\u{1e}(*d\u{1e}\u{5}G\u{c}\
        \u{7}gremlinH\u{c}\u{1d}<built-in>/tools/gremlin.yamlI\u{c}\u{7}Gremlin9\u{6}\u{16}l\u{2}\u{6}8N\
        \u{3}\u{0}J\u{c}`\u{1}Chaos engineering platform, offered as a service, that injects failures throug\
        h a web interface.\u{0}K\u{c}\u{18}https://www.gremlin.com/\u{0}T\u{6}\u{0}\u{1}I\u{c}m\u{7}\u{0}\
        \u{6}E\u{6}\u{12}\u{18}f\t\u{12}$r\t\u{0}\u{1}B?\u{0}\u{1}m\u{7}\u{1}D\u{3}\u{18}\u{12}v\n\u{18}0T\
        \u{b}\u{2}\u{7}{\u{4}\u{1c}\u{16}B\u{c}\u{1c}*V\u{c}9\u{1e}\u{1a}p\u{c}\u{1e}<R\r\u{0}\u{7}_\u{4} \
        \u{16}h\r 2D\u{e}X\u{7}\"\u{1a}^\u{e}\"2v\u{e}\u{0}\u{3}L\u{c})https://www.gremlin.com/chaos-enginee\
        ringM\u{c}=https://www.infoq.com/news/2018/01/gremlin-chaos-engineering/N\u{c}5https://www.infoq.com\
        /podcasts/Kolton-Andrus-gremlin/\u{1}&\u{6}N\u{f},\u{2}^\u{14}\u{0}\u{8}\u{10}\u{14}F\t\u{10}\u{1c}N\
        \t\u{0}\t|\u{b},\u{16}r\u{14},*F\u{15}\u{5}O\u{c}\u{4}grpcP\u{c}\u{1a}<built-in>/tools/grpc.yamlQ\
        \u{c}\u{4}gRPC|\u{1}\u{6}\u{16}f\u{2}\u{6}\u{1c}l\u{2}\u{0}R\u{c}{\u{1}High-performance RPC framewor\
        k that uses HTTP/2 and Protocol Buffers, with generated clients and servers in many languages.\u{1}S\
        \u{c}e\u{2}Its LICENSE file adds BSD 3-Clause and Mozilla Public License 2.0 terms for parts of the \
        repository\nbeside Apache 2.0. Google open-sourced gRPC on 26 February 2015.\nT\u{c}\u{f}https://grp\
        c.io\u{1}U\u{c}\u{1c}https://github.com/grpc/grpcV\u{c}'Apache-2.0 AND BSD-3-Clause AND MPL-2.0\u{1}\
        C\u{b}\u{1}D\u{b}W\u{c}\u{7}library\u{0}\u{6}E\u{6}\u{1c}\u{18}l\u{12}\u{1c}$x\u{12}\u{1}X\u{c}\ninc\
        ubating\u{1}~>\u{0}\u{2}q\u{5}P\u{7}\u{2}|\u{1}$\u{12}n\u{14}$\u{18}t\u{14}d\u{2}$\u{1c}x\u{14}$:V\
        \u{15}\u{2}\u{7}d\u{5}(\u{16}D\u{16}(\u{1e}L\u{16}Y\u{c}\u{10}protocol-buffers*\u{1a}f\u{16}*:F\
        \u{17}\u{1}Z\u{c}N\u{1}Protocol Buffers is the default interface definition language and wire format\
        .\u{7}E\u{5}.\u{16}N\u{1a}.4l\u{1a}}\n0\u{1a}F\u{1b}0$P\u{1b}\u{1}[\u{c}J\u{1}Envoy proxies and load\
        -balances gRPC natively and can bridge gRPC to JSON.\u{6}\\\u{c}\u{16}https://grpc.io/about/U\u{c}]\
        \u{c}T\u{1}https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/other_protocols/grpcH\
        \u{b}^\u{c}0https://github.com/grpc/grpc/blob/master/LICENSE_\u{c}U\u{1}https://opensource.googleblo\
        g.com/2015/02/introducing-grpc-new-open-source-http2.html\u{1}6\u{6}R\u{1e}B\u{1}\u{2}V)\u{0}\u{b}\
        \u{1e}\u{e}F\u{13}\u{1e}\"Z\u{13}\u{1a}\u{14}F\u{12}\u{1a}\"T\u{12}\u{12}\u{e}h\r\u{12}F\u{1}`\u{e}\
        \u{0}\tM\u{6}B\u{1}\u{16}j)B\u{1}*~)\u{5}`\u{c}\u{7}halyarda\u{c}\u{1d}<built-in>/tools/halyard.yaml\
        b\u{c}\u{7}Halyard2\u{6}\u{16}l\u{2}\u{6}\u{1a}p\u{2}\u{0}c\u{c}z\u{1}Command-line tool (hal) that i\
        nstalled, configured and upgraded Spinnaker; deprecated in favour of Kustomize and archived.\u{1}d\
        \u{c}h\u{6}Spinnaker deprecated Halyard in favour of installing with Kustomize (spinnaker-kustomize,\
         now a\ndirectory of the spinnaker/spinnaker monorepo). The halyard repository's history ends in Apr\
        il 2025,\nwhen its code moved into the monorepo; the monorepo removed Halyard in July 2026. The GKE \
        panel in\n2018 noted that installing with hal at least shows some error logs, though reading them ta\
        kes\nsomeone who can read Java errors.\ne\u{c}0https://spinnaker.io/docs/setup/install/halyard/\u{1}\
        f\u{c}$https://github.com/spinnaker/halyard_\u{7}\u{1}g\u{c}\u{4}Java\u{1}h\u{c}\u{1e}Continuous Del\
        ivery FoundationO\u{7}\u{0}\u{6}i\u{c}\u{8}archived\"\u{18}`\u{1b}\"(p\u{1b}\u{0}\u{1}B?\u{1}j\u{c}\
        \u{3}hal&\u{16}^\u{1c}&\u{1c}d\u{1c}\u{1}k\u{c}\tspinnaker\u{1}R\u{3}*\u{12}\\\u{1d}*$n\u{1d}\u{1}\
        \u{7}L\u{5}.\u{16}\\\u{1e}.$j\u{1e}k\u{c}0\u{1a}D\u{1f}0,V\u{1f}\u{0}\ne\u{c}f\u{c}l\u{c}<https://gi\
        thub.com/spinnaker/halyard/blob/master/LICENSE.txtm\u{c}(https://spinnaker.io/docs/setup/install/n\
        \u{c}0https://github.com/spinnaker/spinnaker/pull/7865o\u{c}D\u{1}https://github.com/spinnaker/spinn\
        aker/tree/main/spinnaker-kustomizep\u{c}0https://github.com/spinnaker/spinnaker/pull/2028H\u{b}q\
        \u{c}8http://blog.armory.io/spinnaker-1-0-launch-party-meetup/r\u{c}[\u{1}https://github.com/spinnak\
        er/spinnaker.github.io/blob/master/_changelogs/1.0.0-changelog.md\u{1}4\u{6}n\u{1f}H\u{1}\u{2}b2\
        \u{0}\n \u{14}r\u{1a} *H\u{1b}\u{18}\u{e}B\u{17}\u{18}V\u{1}J\u{18}\u{0}\t|\u{b}H\u{1}\u{16}v2H\u{1}\
        *J3\u{5}s\u{c}\nheptio-arkt\u{c} <built-in>/tools/heptio-ark.yamlu\u{c}\nHeptio Ark,\u{6}\u{16}r\
        \u{2}\u{6}\"~\u{2}\u{0}v\u{c}b\u{1}Backup and restore of Kubernetes cluster resources and persistent\
         volumes; renamed Velero in 2019.\u{0}w\u{c}\u{1e}https://velero.io/docs/v0.6.0/\u{1}x\u{c}#https://\
        github.com/velero-io/velero_\u{7}\u{1}`\u{7}\u{1}y\u{c}\u{6}HeptioO\u{7}\u{0}\u{6}T\n\u{16}\u{18}b\
        \u{b}\u{16},v\u{b}\u{0}\u{1}B?\u{1}z\u{c}\u{3}ark\u{1c}\u{16}\\\r\u{1c}\u{1c}b\r\u{2}u\u{6}{\u{c}\
        \u{6}heptio\u{2}U\u{4} \u{12}l\u{e} ,F\u{f}z\u{2} 0J\u{f} R\u{1}l\u{f}\u{4}\u{7}_\u{5}$\u{16}Z\u{10}\
        $0t\u{10}|\u{c}\u{6}velero&\u{1a}N\u{11}&&Z\u{11}\u{1}}\u{c})Renamed Velero with version 0.11 in 201\
        9.\u{7}l\u{4}*\u{16}X\u{13}*,n\u{13}\u{7f}\u{8},\u{1a}H\u{14},4b\u{14}\u{0}\u{7}g\u{4}.\u{16}x\u{14}\
        .&H\u{15}u\u{6}0\u{1a}b\u{15}0.v\u{15}\u{1}~\u{c}2Backs up cluster resources and persistent volumes.\
        \u{7}[\u{5}4\u{16}F\u{18}4$T\u{18}u\u{6}6\u{1a}n\u{18}6.B\u{19}\u{0}\u{6}w\u{c}x\u{c}\u{7f}\u{c}\
        \u{1c}https://velero.io/docs/main/@\rJ\u{1}https://github.com/velero-io/velero/blob/main/changelogs/\
        CHANGELOG-0.11.mdA\rQ\u{1}https://github.com/velero-io/velero/blob/main/site/content/docs/v0.10.0/_i\
        ndex.mdB\r8https://github.com/velero-io/velero/releases/tag/v0.10.2\u{1}:\u{6}Z\u{19}F\u{1}\u{2}r#\
        \u{1}C\r\n2019-02-28\u{18}$Z\u{c}\u{18}8n\u{c}\n\u{14}\u{14}t\n\u{14}*J\u{b}\u{c}\u{e}z\u{7}\u{c}T\
        \u{1}@\t\u{0}\tM\u{6}F\u{1}\u{16}F$F\u{1}*Z$\u{5}D\r\u{19}horizontal-pod-autoscalerE\r/<built-in>/to\
        ols/horizontal-pod-autoscaler.yamlF\r\u{19}Horizontal Pod Autoscaler(\u{6}\u{16}P\u{3}\u{6},f\u{3}\
        \u{0}G\re\u{1}Kubernetes controller that changes the replica count of a workload from observed metri\
        cs such as CPU.\u{0}H\rJ\u{1}https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autosca\
        le/\u{1}I\r(https://github.com/kubernetes/kubernetes_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\
        \u{6}\u{16}\u{18}d\u{e}\u{16}$p\u{e}\u{1}{\t\u{1}~>\u{1}J\r\u{3}HPA\u{1c}\u{16}~\u{f}\u{1c}\u{1c}D\
        \u{10}\u{1}u\u{6}\u{1}w\u{3} \u{12}~\u{10} 0\\\u{11}\u{1}\u{7}W\u{5}$\u{16}J\u{12}$$X\u{12}u\u{6}&\
        \u{1a}r\u{12}&.F\u{13}\u{0}\u{6}I\rH\rH\u{b}K\r<https://github.com/kubernetes/kubernetes/blob/master\
        /LICENSEL\r5https://github.com/kubernetes/kubernetes/milestone/13M\r<https://github.com/kubernetes/k\
        ubernetes/releases/tag/v1.1.1\u{1}*\u{6}^\u{13}6\u{2}J\u{1f}\u{0}\u{b}\u{18}\u{e}~\u{e}\u{18} P\u{f}\
        \u{14}\u{14}v\r\u{14}*L\u{e}\u{c}\u{e}|\t\u{c}^\u{1}L\u{b}\u{0}\tM\u{6}6\u{16}^\u{1f}6*r\u{1f}\u{5}M\
        \u{3}N\r,<built-in>/tools/infrastructure-as-code.yamlN\u{3}t\u{1}\u{6}\u{16}J\u{3}\u{6}(\\\u{3}\u{0}\
        O\r^\u{1}Defines infrastructure in source files that are versioned, reviewed and applied automatical\
        ly.\u{0}P\r8https://martinfowler.com/bliki/InfrastructureAsCode.html\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\
        \u{6}E\u{6}\u{10}\u{18}J\n\u{10}$V\n\u{0}\u{0}\u{1}Q\r\u{3}IaC\u{e}\u{16}j\t\u{e}\u{1c}p\t\u{0}\u{1}\
        M\u{3}\u{12}\u{12}h\n\u{12}>T\u{b}\u{0}\u{1}P\r\u{1}\u{16}\u{6}n\u{b}\u{18}\u{2}d\r\u{0}\u{8}\u{c}\
        \u{14}F\t\u{c}\"T\t\u{0}\tD\u{7}\u{18}\u{16}x\r\u{18}*L\u{e}\u{5}R\r\u{b}ingress-gceS\r!<built-in>/t\
        ools/ingress-gce.yamlT\r\u{16}GKE Ingress controllerY\u{1}\u{6}\u{16}J\u{3}\u{6}$X\u{3}\u{0}U\rf\
        \u{1}Ingress controller that turns Kubernetes Ingress objects into Google Cloud Application Load Bal\
        ancers.\u{1}V\rh\u{4}Developed in the kubernetes organisation, so it shares Kubernetes' CNCF status;\
         the Kubernetes\ndocumentation names it one of the two Ingress controllers the project supports and \
        maintains.\nGoogle runs it for GKE clusters, where an Ingress gets a classic or an internal Applicat\
        ion Load\nBalancer.\nW\r@\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/ingress\u{1}X\
        \r)https://github.com/kubernetes/ingress-gce_\u{7}\u{1}`\u{7}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{16}\
        \u{18}T\r\u{16}$`\r\u{1}{\t\u{0}\u{2}Y\r\u{4}GLBC$\u{16}T\u{18}$\u{1e}\\\u{18}Z\r\u{b}GCE Ingress$\"\
        `\u{18}$8v\u{18}\u{2}u\u{6}Y\u{6}\u{2}Y\u{1}(\u{12}L\u{1a}( Z\u{1a}U\u{3}($^\u{1a}(@\u{1}z\u{1a}\
        \u{4}\u{7}d\u{5},\u{16}h\u{1b},\u{1e}p\u{1b}[\u{b}.\u{1a}J\u{1c}.>n\u{1c}\u{1}[\r=Watches Ingress ob\
        jects and creates a load balancer for each.\u{7}L\u{5}2\u{16}T\u{1f}2$b\u{1f}i\u{8}4\u{1a}|\u{1f}4B\
        \u{1}d \u{0}\u{7}W\u{5}6\u{16}z 6$H!Z\u{6}8\u{1a}b!8 h!\u{0}\u{7}d\u{5}:\u{16}~!:\u{1e}F\"\\\r\u{f}r\
        eadiness-probe<\u{1a}`\"<8~\"\u{1}]\rS\u{1}Derives the load balancer's health check from a pod's rea\
        diness probe, else GETs /.\tX\r^\rF\u{1}https://github.com/kubernetes/ingress-gce/blob/master/cmd/gl\
        bc/main.goW\r_\rN\u{1}https://cloud.google.com/kubernetes-engine/docs/concepts/ingress#health_checks\
        `\rU\u{1}https://cloud.google.com/kubernetes-engine/docs/troubleshooting/ingress-health-checksa\r?ht\
        tps://github.com/kubernetes/ingress-gce/blob/master/README.mdb\rE\u{1}https://github.com/kubernetes/\
        ingress-gce/blob/master/docs/faq/gce.mdc\r=https://github.com/kubernetes/ingress-gce/blob/master/LIC\
        ENSEd\rL\u{1}https://kubernetes.io/docs/concepts/services-networking/ingress-controllers/\u{1}B\u{1}\
        \u{6}V&T\u{1}\u{2}j:\u{0}\u{b}\u{18}\u{e}n\r\u{18} @\u{e}\u{14}\u{14}n\u{c}\u{14}\"|\u{c}\u{c}\u{e}\
        \\\t\u{c}`\u{1}n\n\u{0}\tM\u{6}T\u{1}\u{16}~:T\u{1}*R;\u{5}e\r\u{5}istiof\r\u{1b}<built-in>/tools/is\
        tio.yamlg\r\u{5}IstioG\u{2}\u{6}\u{16}h\u{2}\u{6}.@\u{3}\u{0}h\r}\u{1}Service mesh that adds traffic\
         management, mutual TLS and telemetry through Envoy sidecars or, in ambient mode, without them.\u{1}\
        i\rw\u{5}Mercari wrote its API gateway from scratch in pure Go, wanting to avoid tool dependencies b\
        ecause it\nintended to use a service mesh, Istio; no panel member ran Istio in production in April 2\
        018.\nAmbient mode, which Istio now recommends to new users, replaces sidecars with a per-node proxy\
        \n(ztunnel) and optional Envoy waypoint proxies; sidecar mode remains fully supported.\nj\r\u{11}htt\
        ps://istio.io/\u{1}k\r\u{1e}https://github.com/istio/istio_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\
        \u{6}E\u{6} \u{18}D\u{19} $P\u{19}\u{1}{\t\u{1}B?\u{0}\u{3}q\u{5}P\u{7}u\u{6}\u{5}G\u{2}(\u{12}\\\
        \u{1b}(*t\u{1b}d\u{3}(.x\u{1b}(6@\u{1c}O\u{4}(:D\u{1c}(\\\u{1}f\u{1c}^\u{2}(`\u{1}j\u{1c}(@\u{2}J\
        \u{1d}X\u{2}(D\u{2}N\u{1d}(`\u{2}j\u{1d}\u{5}\u{7}d\u{5},\u{16}X\u{1e},\u{1e}`\u{1e}}\n.\u{1a}z\
        \u{1e}.$D\u{1f}\u{1}l\r\"Envoy is Istio's data-plane proxy.\u{7}[\u{5}2\u{16}t 2$B!u\u{6}4\u{1a}\\!4\
        .p!\u{0}\u{7}{\u{4}6\u{16}F\"6*Z\"F\u{b}8\u{1a}t\"8(B#\u{0}\u{7}{\u{4}:\u{16}X#:*l#r\u{7}<\u{1a}F$<8\
        d$\u{0}\u{7}{\u{4}>\u{16}z$>*N%X\u{2}@\u{1}\u{1a}h%@\u{1}6D&\u{0}\u{8}m\r4https://istio.io/latest/do\
        cs/overview/what-is-istio/k\rH\u{b}n\r2https://github.com/istio/istio/blob/master/LICENSEo\r2https:/\
        /istio.io/v0.1/docs/reference/release-notesp\r.https://istio.io/latest/docs/ambient/overview/q\r1htt\
        ps://istio.io/latest/docs/overview/quickstart/r\r1https://github.com/istio/istio/releases/tag/0.1.0\
        \u{1}D\u{1}\u{6}\\&T\u{1}\u{2}j3\u{0}\u{b}\"\u{e}^\u{19}\" p\u{19}\u{1e}\u{14}V\u{18}\u{1e}*l\u{18}\
        \u{16}\u{e}p\u{14}\u{16}J\u{1}l\u{15}\u{0}\tM\u{6}T\u{1}\u{16}~3T\u{1}*R4\u{5}o\u{7}s\r\u{1d}<built-\
        in>/tools/jenkins.yamlt\r\u{7}Jenkins=\u{6}\u{16}l\u{2}\u{6}\u{1a}p\u{2}\u{0}u\rj\u{1}Open-source au\
        tomation server for building, testing and deploying software, with a large plugin ecosystem.\u{1}v\r\
        a\u{1}First released as Hudson on java.net in 2005; the community renamed the project Jenkins in 201\
        1.\nw\r\u{17}https://www.jenkins.io/\u{1}x\r$https://github.com/jenkinsci/jenkinsy\r\u{3}MIT\u{1}g\
        \u{c}\u{1}h\u{c}O\u{7}\u{0}\u{6}E\u{6}\u{1a}\u{18}^\u{f}\u{1a}$j\u{f}\u{0}\u{1}j>\u{0}\u{1}=\u{2}r\
        \u{2} \u{12}j\u{10} >V\u{11}p\u{2} B\u{1}Z\u{11} h\u{1}@\u{12}\u{1}\u{7}q\u{4}$\u{16}n\u{12}$*B\
        \u{13}u\u{6}&\u{1a}\\\u{13}&.p\u{13}\u{0}\u{4}z\r\u{1b}https://www.jenkins.io/doc/x\r{\r<https://git\
        hub.com/jenkinsci/jenkins/blob/master/LICENSE.txtH\u{b}\u{1}*\u{6}H\u{14}2\u{2}X\u{1a}\u{0}\n\u{18}\
        \u{14}p\u{e}\u{18}*F\u{f}\u{10}\u{e}N\u{b}\u{10}V\u{1}V\u{c}\u{0}\tD\u{7}2\u{16}l\u{1a}2*@\u{1b}\
        \u{5}|\r\tjenkins-x}\r\u{1f}<built-in>/tools/jenkins-x.yaml~\r\u{5}JayeX2\u{6}\u{16}h\u{2}\u{6}\
        \u{1a}l\u{2}\u{0}\u{7f}\ra\u{1}CI/CD for Kubernetes with GitOps promotion and preview environments; \
        called Jenkins X until 2026.\u{1}@\u{e}|\u{3}Released as Jenkins X in 2018; the project renamed itse\
        lf JayeX, with its site at jayex.io, in June\n2026 (jenkins-x/jx commit 635d141a6 on main). The repo\
        sitory and the `jx` command keep their names,\nand the CNCF landscape still lists it as Jenkins X.\n\
        A\u{e}\u{11}https://jayex.io/\u{1}B\u{e}\u{1f}https://github.com/jenkins-x/jx_\u{7}\u{1}`\u{7}\u{1}h\
        \u{c}O\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}~\u{13}\u{1e}$J\u{14}\u{0}\u{1}D?\u{3}C\u{e}\tJenkins X\"\
        \u{16}x\u{14}\"(J\u{15}D\u{e}\u{8}JenkinsX\",N\u{15}\"<^\u{15}E\u{e}\u{2}jx\"@\u{1}b\u{15}\"D\u{1}f\
        \u{15}\u{2}u\u{6}F\u{e}\u{6}gitops\u{2}r\u{2}&\u{12}p\u{16}&>\\\u{17}p\u{2}&B\u{1}`\u{17}&h\u{1}F\
        \u{18}\u{3}\u{7}[\u{5}*\u{16}t\u{18}*$B\u{19}u\u{6},\u{1a}\\\u{19},.p\u{19}\u{0}\u{7}q\u{4}.\u{16}F\
        \u{1a}.*Z\u{1a}u\u{6}0\u{1a}t\u{1a}0.H\u{1b}\u{0}\u{7}@\u{5}2\u{16}^\u{1b}2,t\u{1b}o\u{7}4\u{1a}N\
        \u{1c}4(\\\u{1c}\u{1}G\u{e}D\u{1}Began as Jenkins on Kubernetes; later versions run Tekton pipelines\
        .\u{6}A\u{e}H\u{e}3https://github.com/jenkins-x/jx/blob/main/README.mdI\u{e}5https://github.com/jenk\
        ins-x/jx/blob/main/SECURITY.mdB\u{e}J\u{e}1https://github.com/jenkins-x/jx/blob/main/LICENSEH\u{b}\
        \u{1}:\u{6}V\u{1f}F\u{1}\u{2}V(\u{0}\n\u{1c}\u{14}P\u{13}\u{1c}*f\u{13}\u{14}\u{e}n\u{f}\u{14}L\u{1}\
        l\u{10}\u{0}\tM\u{6}F\u{1}\u{16}j(F\u{1}*~(\u{5}K\u{e}\u{7}kayentaL\u{e}\u{1d}<built-in>/tools/kayen\
        ta.yamlM\u{e}\u{7}Kayenta2\u{6}\u{16}l\u{2}\u{6}\u{1a}p\u{2}\u{0}N\u{e}M\u{1}Automated canary analys\
        is service for Spinnaker, built by Netflix and Google.\u{1}O\u{e}d\u{2}Developed in its own reposito\
        ry (spinnaker/kayenta) until Spinnaker consolidated its services into\nthe spinnaker/spinnaker monor\
        epo, where it lives under kayenta/.\nP\u{e}-https://spinnaker.io/docs/guides/user/canary/\u{1}Q\u{e}\
        &https://github.com/spinnaker/spinnaker_\u{7}\u{1}g\u{c}\u{1}h\u{c}O\u{7}\u{0}\u{6}E\u{6}\u{1c}\
        \u{18}l\u{11}\u{1c}$x\u{11}\u{0}\u{1}D?\u{0}\u{3}b\u{7}P\u{7}k\u{c}\u{2}R\u{2}\"\u{12}h\u{13}\"D\
        \u{1}Z\u{14}X\u{2}\"H\u{1}^\u{14}\"d\u{1}z\u{14}\u{4}\u{7}W\u{5}&\u{16}h\u{15}&$v\u{15}k\u{c}(\u{1a}\
        P\u{16}(,b\u{16}\u{0}\u{7}{\u{4}*\u{16}x\u{16}**L\u{17}R\u{2},\u{1a}f\u{17},L\u{1}X\u{18}\u{0}\u{7}d\
        \u{5}.\u{16}n\u{18}.\u{1e}v\u{18}H\t0\u{1a}P\u{19}0(^\u{19}\u{1}R\u{e}\"Reads canary metrics from Da\
        tadog.\u{7}d\u{5}4\u{16}N\u{1b}4\u{1e}V\u{1b}B\t6\u{1a}p\u{1b}6:P\u{1c}\u{1}S\u{e}9Reads canary metr\
        ics from Cloud Monitoring (Stackdriver).\u{7}l\u{6}T\u{e}8https://github.com/spinnaker/spinnaker/tre\
        e/main/kayentaU\u{e}H\u{1}https://github.com/spinnaker/spinnaker/blob/main/kayenta/settings.gradleV\
        \u{e}C\u{1}https://github.com/spinnaker/governance/blob/master/rfc/monorepo.mdW\u{e}8https://github.\
        com/spinnaker/spinnaker/blob/main/LICENSEH\u{b}X\u{e}}\u{1}https://cloud.google.com/blog/products/gc\
        p/introducing-kayenta-an-open-automated-canary-analysis-tool-from-google-and-netflix\u{1}<\u{6}p\
        \u{1e}J\u{1}\u{2}L0\u{0}\n\u{1a}\u{14}~\u{10}\u{1a}*T\u{11}\u{12}\u{e}J\r\u{12}Z\u{1}V\u{e}\u{0}\tM\
        \u{6}J\u{1}\u{16}`0J\u{1}*t0\u{5}Y\u{e}\u{7}kubectlZ\u{e}\u{1d}<built-in>/tools/kubectl.yamlY\u{e}o\
        \u{1}\u{6}\u{16}l\u{2}\u{6}0F\u{3}\u{0}[\u{e}c\u{1}Kubernetes' command-line client, which reads and \
        changes objects through the Kubernetes API server.\u{1}\\\u{e}e\u{3}Developed in the Kubernetes repo\
        sitory (staging/src/k8s.io/kubectl) and published to\nkubernetes/kubectl, which is also its issue tr\
        acker. On security, the GKE panel called taking away\nthe ability to run kubectl the bare minimum.\n\
        ]\u{e}-https://kubernetes.io/docs/reference/kubectl/\u{1}I\r_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\
        \u{6}E\u{6}\u{1e}\u{18}z\u{14}\u{1e}$F\u{15}\u{1}{\t\u{0}\u{1}^\u{e}\u{b}kubectl CLI\"\u{16}|\u{15}\
        \",R\u{16}\u{2}u\u{6}q\u{5}\u{1}g\u{2}&\u{12}X\u{17}&8~\u{17}\u{2}\u{7}W\u{5}*\u{16}l\u{18}*$z\u{18}\
        u\u{6},\u{1a}T\u{19},.h\u{19}\u{0}\u{7}L\u{5}.\u{16}~\u{19}.$L\u{1a}u\u{6}0\u{1a}f\u{1a}0.z\u{1a}\
        \u{1}_\u{e}<Creates, changes and deletes objects through the API server.\u{6}]\u{e}`\u{e}%https://gi\
        thub.com/kubernetes/kubectla\u{e};https://github.com/kubernetes/kubectl/blob/master/README.mdI\rH\
        \u{b}K\r\u{1}6\u{6}`\u{1d}B\u{1}\u{2}p'\u{0}\u{b} \u{e}T\u{15}  f\u{15}\u{1c}\u{14}L\u{14}\u{1c}*b\
        \u{14}\u{14}\u{e}R\u{10}\u{14}^\u{1}b\u{11}\u{0}\tM\u{6}B\u{1}\u{16}D(B\u{1}*X(\u{5}u\u{6}b\u{e} <bu\
        ilt-in>/tools/kubernetes.yamlc\u{e}\nKuberneteso\u{1}\u{6}\u{16}r\u{2}\u{6}0L\u{3}\u{0}d\u{e}c\u{1}O\
        pen-source system for automating deployment, scaling and management of containerised applications.\
        \u{1}e\u{e}_\u{4}Kubernetes schedules containers onto a cluster of nodes and keeps the declared stat\
        e. In the 2018\nnotes it is the platform that Mercari's microservices and its Go API gateway run on \
        (on GKE), with one\nnamespace per service and team. The first commit was pushed to GitHub on 6 June \
        2014.\nf\u{e}\u{16}https://kubernetes.io/\u{1}I\r_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6}\
        \u{1e}\u{18}F\u{16}\u{1e}$R\u{16}\u{1}{\t\u{1}|>\u{2}g\u{e}\u{3}k8s$\u{16}`\u{17}$\u{1c}f\u{17}h\
        \u{e}\u{4}kube$ j\u{17}$(r\u{17}\u{3}u\u{6}q\u{5}P\u{7}\u{4}m\u{2}(\u{12}H\u{19}(@\u{1}v\u{19}w\u{2}\
        (D\u{1}z\u{19}(n\u{1}d\u{1a}m\u{3}(r\u{1}h\u{1a}(L\u{2}B\u{1b}M\u{2}(P\u{2}F\u{1b}(l\u{2}b\u{1b}\
        \u{1}\u{7}@\u{5},\u{16}P\u{1c},,f\u{1c}H\u{7}.\u{1a}@\u{1d}.\"H\u{1d}\u{1}i\u{e}8Kubernetes grew out\
         of Google's experience running Borg.\u{6}j\u{e}-https://kubernetes.io/docs/concepts/overview/I\rQ\
        \u{7}H\u{b}K\rk\u{e}=https://kubernetes.io/blog/2024/06/06/10-years-of-kubernetes/\u{1}4\u{6}f\u{1f}\
        @\u{1}\u{2}t*\u{0}\u{b} \u{e}`\u{16}  r\u{16}\u{1c}\u{14}X\u{15}\u{1c}*n\u{15}\u{14}\u{e}^\u{11}\
        \u{14}^\u{1}n\u{12}\u{0}\tM\u{6}@\u{1}\u{16}H+@\u{1}*\\+\u{5}[\u{b}l\u{e}(<built-in>/tools/kubernete\
        s-ingress.yamlm\u{e}\u{12}Kubernetes IngressY\u{1}\u{6}\u{16}B\u{3}\u{6}$P\u{3}\u{0}n\u{e}X\u{1}Kube\
        rnetes API object that routes external HTTP(S) traffic to services by host and path.\u{1}o\u{e}s\
        \u{4}The GKE panel found that the load balancer's health check hits `/` unless a readiness probe is \
        set,\nand that a readiness probe added later only takes effect when the Ingress is recreated (see\nr\
        eadiness-probe and ingress-gce). The Ingress API is now frozen: it stays, but new features go to\nth\
        e Gateway API.\np\u{e}@\u{1}https://kubernetes.io/docs/concepts/services-networking/ingress/\u{1}I\r\
        _\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6} \u{18}t\u{17} $@\u{18}\u{1}{\t\u{1}~>\u{1}P\u{3}&\
        \u{16}N\u{19}&$\\\u{19}\u{1}u\u{6}\u{1}Y\u{1}*\u{12}V\u{1a}* d\u{1a}\u{1}\u{7}W\u{5}.\u{16}R\u{1b}.$\
        `\u{1b}u\u{6}0\u{1a}z\u{1b}0.N\u{1c}\u{0}\u{8}I\rp\u{e}q\u{e}@\u{1}https://kubernetes.io/docs/concep\
        ts/services-networking/gateway/d\rH\u{b}K\rL\rM\r\u{1}4\u{6}f\u{1c}D\u{1}\u{2}j,\u{0}\u{b}\"\u{e}N\
        \u{18}\" `\u{18}\u{1e}\u{14}F\u{17}\u{1e}*\\\u{17}\u{16}\u{e}L\u{13}\u{16}^\u{1}\\\u{14}\u{0}\tM\
        \u{6}D\u{1}\u{16}~,D\u{1}*R-\u{5}r\u{e}\u{15}kubernetes-namespacess\u{e}+<built-in>/tools/kubernetes\
        -namespaces.yamlt\u{e}\u{15}Kubernetes namespacesV\u{1}\u{6}\u{16}H\u{3}\u{6}4f\u{3}\u{0}u\u{e}T\
        \u{1}Virtual clusters inside one Kubernetes cluster, used to separate teams and services.\u{1}v\u{e}\
        t\u{2}Namespaces were added to pods, services and replication controllers in autumn 2014 and shipped\
         in\nthe v0.5 and v0.6 releases of that year, well before Kubernetes 1.0 in July 2015.\nw\u{e}M\u{1}\
        https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/\u{1}I\r_\u{7}\u{1}`\
        \u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6}\u{1c}\u{18}V\u{14}\u{1c}$b\u{14}\u{1}{\t\u{1}|>\u{1}x\u{e}\tn\
        amespace\"\u{16}p\u{15}\"(B\u{16}\u{1}u\u{6}\u{1}m\u{3}&\u{12}|\u{16}&,V\u{17}\u{1}\u{7}W\u{5}*\
        \u{16}D\u{18}*$R\u{18}u\u{6},\u{1a}l\u{18},.@\u{19}\u{0}\u{7}I\rw\u{e}H\u{b}K\ry\u{e}2https://github\
        .com/kubernetes/kubernetes/pull/1495z\u{e}2https://github.com/kubernetes/kubernetes/pull/1941{\u{e}:\
        https://github.com/d2iq-archive/kubernetes-mesos/issues/88\u{1}0\u{6}X\u{19}>\u{2}n&\u{0}\u{b}\u{1e}\
        \u{e}p\u{14}\u{1e} B\u{15}\u{1a}\u{14}h\u{13}\u{1a}*~\u{13}\u{12}\u{e}n\u{f}\u{12}^\u{1}~\u{10}\u{0}\
        \tD\u{7}>\u{16}B'>*V'\u{5}b\u{8}|\u{e}%<built-in>/tools/kubernetes-rbac.yaml}\u{e}\u{f}Kubernetes RB\
        ACV\u{1}\u{6}\u{16}|\u{2}\u{6}4Z\u{3}\u{0}~\u{e}W\u{1}Role-based access control for the Kubernetes A\
        PI, granted per namespace or per cluster.\u{1}\u{7f}\u{e}m\u{1}Alpha (rbac.authorization.k8s.io/v1al\
        pha1) in Kubernetes 1.3 in 2016, beta in 1.6 in 2017 and\nstable in 1.8.\n@\u{f}=https://kubernetes.\
        io/docs/reference/access-authn-authz/rbac/\u{1}I\r_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6}\
        \u{1c}\u{18}b\u{11}\u{1c}$n\u{11}\u{1}{\t\u{1}@?\u{1}A\u{f}\u{4}RBAC\"\u{16}|\u{12}\"\u{1e}D\u{13}\
        \u{2}u\u{6}A\u{2}\u{1}M\u{2}&\u{12}R\u{14}&.n\u{14}\u{2}\u{7}W\u{5}*\u{16}\\\u{15}*$j\u{15}u\u{6},\
        \u{1a}D\u{16},.X\u{16}\u{0}\u{7}d\u{5}.\u{16}n\u{16}.\u{1e}v\u{16}r\u{e}0\u{1a}P\u{17}0D\u{1}z\u{17}\
        \u{1}B\u{f}1Roles and RoleBindings are scoped to a namespace.\u{5}I\r@\u{f}H\u{b}K\rC\u{f}3https://g\
        ithub.com/kubernetes/enhancements/issues/2\u{1}6\u{6}J\u{1a}@\u{1}\u{2}V#\u{0}\u{b}\u{1e}\u{e}|\
        \u{11}\u{1e} N\u{12}\u{1a}\u{14}t\u{10}\u{1a}*J\u{11}\u{12}\u{e}z\u{c}\u{12}^\u{1}J\u{e}\u{0}\tM\
        \u{6}@\u{1}\u{16}j#@\u{1}*~#\u{5}r\u{8}D\u{f}\"<built-in>/tools/lets-encrypt.yamlE\u{f}\rLet's Encry\
        pt6\u{6}\u{16}x\u{2}\u{6}.P\u{3}\u{0}F\u{f}Z\u{1}Free, automated certificate authority that issues T\
        LS certificates over the ACME protocol.\u{1}G\u{f}t\u{3}The licence and language are those of Boulde\
        r, the CA software. Mercari wanted fewer clusters partly\nto avoid setting up Let's Encrypt for each\
        . Limited beta and the first certificate came in\nSeptember 2015, the public beta on 3 December 2015\
        .\nH\u{f}\u{18}https://letsencrypt.org/\u{1}I\u{f}&https://github.com/letsencrypt/boulderJ\u{f}\u{7}\
        MPL-2.0\u{1}`\u{7}\u{1}K\u{f} Internet Security Research Groupm\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}L\
        \u{14}\u{1e}$X\u{14}\u{0}\u{1}~>\u{2}L\u{f}\u{b}letsencrypt\"\u{16}F\u{15}\",\\\u{15}M\u{f}\u{2}LE\"\
        0`\u{15}\"4d\u{15}\u{1}A\u{2}\u{1}[\u{2}&\u{12}Z\u{16}&:B\u{17}\u{0}\u{5}N\u{f}\u{1e}https://letsenc\
        rypt.org/about/I\u{f}O\u{f}<https://github.com/letsencrypt/boulder/blob/main/LICENSE.txtP\u{f}U\u{1}\
        https://www.eff.org/deeplinks/2015/06/lets-encrypt-launch-plan-week-september-14-2015Q\u{f}8https://\
        letsencrypt.org/2015/12/03/entering-public-beta/\u{1}*\u{6}\\\u{17}4\u{2}d \u{0}\n\u{1c}\u{14}l\
        \u{13}\u{1c}\u{1c}t\u{13}\u{14}\u{e}~\u{f}\u{14}Z\u{1}J\u{11}\u{0}\tD\u{7}4\u{16}x 4*L!\u{5}R\u{f}\
        \u{8}logmaticS\u{f}\u{1e}<built-in>/tools/logmatic.yamlT\u{f}\u{b}Logmatic.io\\\u{1}\u{6}\u{16}t\
        \u{2}\u{6}$B\u{3}\u{0}U\u{f}R\u{1}Log management SaaS acquired by Datadog in 2017; it became Datadog\
         Log Management.\u{0}V\u{f}1https://www.datadoghq.com/product/log-management/\u{0}T\u{6}\u{0}\u{1}Z\
        \nm\u{7}\u{0}\u{6}T\n\u{12}\u{18}t\t\u{12},H\n\u{0}\u{0}\u{1}W\u{f}\u{8}Logmatic\u{14}\u{16}^\n\
        \u{14}&n\n\u{1}m\u{7}\u{1}X\u{3}\u{18}\u{12}\\\u{b}\u{18}.x\u{b}\u{1}\u{7}_\u{5}\u{1c}\u{16}f\u{c}\
        \u{1c}0@\rH\t\u{1e}\u{1a}Z\r\u{1e}(h\r\u{1}X\u{f}\u{1c}Acquired by Datadog in 2017.\u{1}Y\u{f}X\u{1}\
        https://www.datadoghq.com/about/latest-news/press-releases/datadog-acquires-logmatic-io/\u{1}$\u{6}N\
        \u{f}&\u{2}D\u{12}\u{0}\u{8}\u{10}\u{14}T\t\u{10}\u{1c}\\\t\u{0}\tZ\u{f}\n2026-11-25&\u{16}X\u{12}&*\
        l\u{12}\u{5}[\u{f}\u{b}memorystore\\\u{f}!<built-in>/tools/memorystore.yaml]\u{f}\u{b}Memorystore/\
        \u{6}\u{16}t\u{2}\u{6} ~\u{2}\u{0}^\u{f}p\u{1}Google Cloud's managed in-memory stores: Memorystore f\
        or Redis, for Redis Cluster, for Valkey and for Memcached.\u{1}_\u{f}\\\u{3}Announced in beta on the\
         day of the 2018 meetup; Mercari wanted to move its Redis from Kubernetes to\nit. Memorystore now al\
        so offers Memcached, Redis Cluster (sharded) and Valkey (with cluster mode\nenabled or disabled).\n`\
        \u{f}$https://cloud.google.com/memorystore\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}E\u{6}\u{1a}\
        \u{18}D\u{12}\u{1a}$P\u{12}\u{0}\u{1}D?\u{1}a\u{f}\u{11}Cloud Memorystore\u{1e}\u{16}~\u{12}\u{1e}8`\
        \u{13}\u{1}Y\u{6}\u{1}J\u{3}\"\u{12}^\u{14}\"0|\u{14}\u{2}\u{7}H\u{5}&\u{16}j\u{15}&<P\u{16}b\u{f}\
        \u{5}redis(\u{1a}j\u{16}($t\u{16}\u{0}\u{7}d\u{5}*\u{16}J\u{17}*\u{1e}R\u{17}@\u{7},\u{1a}l\u{17},,~\
        \u{17}\u{1}c\u{f}.Access to instances is granted with IAM roles.\u{6}d\u{f}>https://cloud.google.com\
        /memorystore/docs/redis/access-controle\u{f}N\u{1}https://cloud.google.com/memorystore/docs/redis/me\
        morystore-for-redis-overviewf\u{f}A\u{1}https://cloud.google.com/memorystore/docs/valkey/product-ove\
        rviewg\u{f}X\u{1}https://cloud.google.com/memorystore/docs/cluster/memorystore-for-redis-cluster-ove\
        rviewh\u{f}=https://cloud.google.com/memorystore/docs/redis/release-notesi\u{f}F\u{1}https://cloud.g\
        oogle.com/memorystore/docs/memcached/memcached-overview\u{1}2\u{6}H\u{1a}>\u{2}P(\u{0}\u{8}\u{18}\
        \u{14}^\u{11}\u{18}\"l\u{11}\u{0}\tM\u{6}>\u{16}d(>*x(\u{5}J\u{6}j\u{f}#<built-in>/tools/microservic\
        es.yamlk\u{f}\rMicroservices \u{6}\u{16}x\u{2}\u{6}@\u{1}b\u{3}\u{0}l\u{f}c\u{1}Structures an applic\
        ation as small, independently deployable services around business capabilities.\u{0}m\u{f}4https://m\
        icroservices.io/patterns/microservices.html\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{10}\u{18}~\
        \n\u{10}$J\u{b}\u{0}\u{0}\u{1}n\u{f}\u{19}Microservice architecture\u{e}\u{16}r\t\u{e}H\u{1}d\n\u{0}\
        \u{0}\u{1}\u{7}_\u{4}\u{14}\u{16}v\u{b}\u{14}2R\u{c}o\u{f}\u{8}monolith\u{16}\u{1a}l\u{c}\u{16}*|\
        \u{c}\u{0}\u{2}m\u{f}p\u{f}4https://martinfowler.com/articles/microservices.html\u{1}\u{1a}\u{6}T\r\
        \u{1e}\u{2}t\u{10}\u{0}\u{8}\u{c}\u{14}N\t\u{c}\"\\\t\u{0}\tD\u{7}\u{1e}\u{16}H\u{11}\u{1e}*\\\u{11}\
        \u{5}w\nq\u{f}0<built-in>/tools/mirantis-kubernetes-engine.yamlr\u{f}\u{1a}Mirantis Kubernetes Engin\
        eo\u{1}\u{6}\u{16}R\u{3}\u{6}0l\u{3}\u{0}s\u{f}]\u{1}Mirantis' enterprise container platform for Kub\
        ernetes and Swarm, formerly Docker Enterprise.\u{1}t\u{f}M\u{2}First released by Docker in 2017 as D\
        ocker Enterprise Edition; Mirantis bought it in 2019 and\nrenamed it Mirantis Kubernetes Engine in 2\
        020.\ns\n\u{0}T\u{6}\u{0}\u{1}t\nO\u{7}\u{0}\u{6}E\u{6}\u{18}\u{18}X\u{10}\u{18}$d\u{10}\u{0}\u{1}B?\
        \u{1}u\u{f}\u{3}MKE\u{1c}\u{16}R\u{11}\u{1c}\u{1c}X\u{11}\u{1}u\u{6}\u{1}m\u{2} \u{12}R\u{12} @\u{1}\
        @\u{13}\u{1}\u{7}d\u{5}$\u{16}n\u{13}$\u{1e}v\u{13}u\u{6}&\u{1a}P\u{14}&.d\u{14}\u{0}\u{3}s\nz\nv\
        \u{f}L\u{1}https://www.nextplatform.com/2017/03/02/docker-reaches-enterprise-milestone/\u{1}*\u{6}|\
        \u{14}0\u{2}f\u{1c}\u{0}\u{8}\u{16}\u{14}j\u{f}\u{16}*@\u{10}\u{0}\t|\u{b}0\u{16}z\u{1c}0*N\u{1d}\
        \u{5}o\u{f}w\u{f}\u{1e}<built-in>/tools/monolith.yamlx\u{f}\u{17}Monolithic architecture \u{6}\u{16}\
        L\u{3}\u{6}@\u{1}v\u{3}\u{0}y\u{f}c\u{1}Builds an application as one deployable unit: simplest to st\
        art with, harder to change as it grows.\u{0}z\u{f}1https://microservices.io/patterns/monolithic.html\
        \u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{e}\u{18}F\n\u{e}$R\n\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\
        \u{1}z\u{f}\u{1}\u{12}\u{6}j\n\u{14}\u{2}R\u{c}\u{0}\u{8}\u{c}\u{14}`\t\u{c}\"n\t\u{0}\tD\u{7}\u{14}\
        \u{16}f\u{c}\u{14}*z\u{c}\u{5}Y\u{c}{\u{f}&<built-in>/tools/protocol-buffers.yaml|\u{f}\u{10}Protoco\
        l Buffers|\u{1}\u{6}\u{16}~\u{2}\u{6}\u{1c}D\u{3}\u{0}}\u{f}h\u{1}Language-neutral mechanism for ser\
        ialising structured data, with code generated from .proto definitions.\u{0}~\u{f}\u{14}https://proto\
        buf.dev\u{1}\u{7f}\u{f}+https://github.com/protocolbuffers/protobuf@\u{10}\u{c}BSD-3-Clause\u{1}C\
        \u{b}\u{1}N\u{7}W\u{c}\u{0}\u{6}E\u{6}\u{16}\u{18}j\u{b}\u{16}$v\u{b}\u{0}\u{1}p>\u{1}A\u{10}\u{8}pr\
        otobuf\u{1a}\u{16}d\u{c}\u{1a}&t\u{c}\u{1}P\u{7}\u{2}B\u{4}\u{1e}\u{12}f\r\u{1e},@\u{e}d\u{2}\u{1e}0\
        D\u{e}\u{1e}N\u{1}b\u{e}\u{0}\u{4}B\u{10}\u{1e}https://protobuf.dev/overview/\u{7f}\u{f}C\u{10}=http\
        s://github.com/protocolbuffers/protobuf/blob/main/LICENSED\u{10}L\u{1}https://opensource.googleblog.\
        com/2008/07/protocol-buffers-googles-data.html\u{1}\"\u{6}|\u{e}*\u{2}D\u{16}\u{0}\n\u{14}\u{14}D\
        \u{b}\u{14}\"R\u{b}\u{c}\u{e}t\u{7}\u{c}d\u{1}J\t\u{0}\tM\u{6}*\u{16}X\u{16}**l\u{16}\u{5}E\u{10}\
        \u{8}rabbitmqF\u{10}\u{1e}<built-in>/tools/rabbitmq.yamlG\u{10}\u{8}RabbitMQb\u{1}\u{6}\u{16}n\u{2}\
        \u{6}(@\u{3}\u{0}H\u{10}L\u{1}Open-source message broker that supports AMQP and other messaging prot\
        ocols.\u{1}I\u{10}l\u{1}The server and its core plugins are under MPL 2.0; its LICENSE file puts som\
        e OCF scripts under\nApache 2.0.\nJ\u{10}\u{19}https://www.rabbitmq.com/\u{1}K\u{10}+https://github.\
        com/rabbitmq/rabbitmq-serverL\u{10}\u{16}MPL-2.0 AND Apache-2.0\u{1}M\u{10}\u{6}Erlang\u{1}N\u{10}\
        \u{11}VMware (Broadcom)O\u{7}\u{0}\u{6}E\u{6}\u{1c}\u{18}n\u{f}\u{1c}$z\u{f}\u{0}\u{0}\u{1}O\u{10}\
        \u{6}rabbit\u{1e}\u{16}P\u{10}\u{1e}\"\\\u{10}\u{1}b\u{1}\u{2}^\u{3}\"\u{12}T\u{11}\",n\u{11}z\u{3}\
        \"0r\u{11}\">@\u{12}\u{1}\u{7}_\u{4}&\u{16}n\u{12}&2J\u{13}e\u{6}(\u{1a}d\u{13}(2|\u{13}\u{0}\u{6}P\
        \u{10}\u{1d}https://www.rabbitmq.com/docsK\u{10}Q\u{10}=https://github.com/rabbitmq/rabbitmq-server/\
        blob/main/LICENSER\u{10}?https://github.com/rabbitmq/rabbitmq-server/blob/main/README.mdS\u{10}J\
        \u{1}https://github.com/rabbitmq/rabbitmq-server/blob/main/COMMUNITY_SUPPORT.mdH\u{b}\u{1},\u{6}T\
        \u{14}8\u{2}^\u{1f}\u{0}\n\u{1a}\u{14}@\u{f}\u{1a}*V\u{f}\u{12}\u{e}@\u{b}\u{12}d\u{1}V\u{c}\u{0}\tM\
        \u{6}8\u{16}r\u{1f}8*F \u{5}\\\rT\u{10}%<built-in>/tools/readiness-probe.yamlU\u{10}\u{10}Readiness \
        probeso\u{1}\u{6}\u{16}~\u{2}\u{6}0X\u{3}\u{0}V\u{10}h\u{1}Kubernetes container check that decides w\
        hether a pod receives traffic from Services and load balancers.\u{1}W\u{10}y\u{3}The GKE panel's Ing\
        ress lesson: without a readiness probe the load balancer's health check GETs /\nand expects 200; wit\
        h one it checks the probe's path, but a probe added after the Ingress was\ncreated only took effect \
        once the Ingress was recreated.\nX\u{10}T\u{1}https://kubernetes.io/docs/concepts/configuration/live\
        ness-readiness-startup-probes/\u{1}I\r_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}\
        L\u{17}\u{1e}$X\u{17}\u{1}{\t\u{0}\u{2}Y\u{10}\u{e}readinessProbe\"\u{16}N\u{18}\"2j\u{18}Z\u{10}\
        \u{f}readiness probe\"6n\u{18}\"T\u{1}L\u{19}\u{1}u\u{6}\u{1}G\u{3}&\u{12}F\u{1a}&0d\u{1a}\u{1}\u{7}\
        W\u{5}*\u{16}R\u{1b}*$`\u{1b}u\u{6},\u{1a}z\u{1b},.N\u{1c}\u{0}\u{7}X\u{10}_\r`\rb\rI\rH\u{b}K\r\
        \u{1}0\u{6}f\u{1c}>\u{2}^,\u{0}\u{b} \u{e}f\u{17}  x\u{17}\u{1c}\u{14}^\u{16}\u{1c}*t\u{16}\u{14}\
        \u{e}d\u{12}\u{14}^\u{1}t\u{13}\u{0}\tM\u{6}>\u{16}r,>*F-\u{5}b\u{f}[\u{10}\u{1b}<built-in>/tools/re\
        dis.yaml\\\u{10}\u{5}Redis/\u{6}\u{16}h\u{2}\u{6} r\u{2}\u{0}]\u{10}B\u{1}In-memory data store used \
        as a cache, database and message broker.\u{1}^\u{10}j\u{1}BSD-3-Clause until 7.2; dual RSALv2/SSPLv1\
         from 7.4; AGPLv3 added as a third option with Redis 8 in\n2025.\n_\u{10}\u{11}https://redis.io/\
        \u{1}`\u{10}\u{1e}https://github.com/redis/redisa\u{10}.LicenseRef-RSALv2 OR SSPL-1.0 OR AGPL-3.0-on\
        ly\u{1}b\u{10}\u{1}C\u{1}\\\u{10}O\u{7}\u{0}\u{6}E\u{6}\u{1c}\u{18}l\u{e}\u{1c}$x\u{e}\u{0}\u{1}r>\
        \u{0}\u{1}E\u{1}\u{1}J\u{3}\"\u{12}D\u{10}\"0b\u{10}\u{0}\u{5}c\u{10}\u{1d}https://redis.io/docs/lat\
        est/`\u{10}d\u{10} https://redis.io/legal/licenses/e\u{10}8https://github.com/redis/redis/blob/unsta\
        ble/LICENSE.txtH\u{b}\u{1}&\u{6}|\u{10}0\u{2}F\u{18}\u{0}\n\u{1a}\u{14}~\r\u{1a}*T\u{e}\u{12}\u{e}J\
        \n\u{12}J\u{1}F\u{b}\u{0}\tD\u{7}0\u{16}Z\u{18}0*n\u{18}\u{5}Q\u{b}f\u{10}\u{1c}<built-in>/tools/sen\
        try.yamlg\u{10}\u{6}SentryP\u{1}\u{6}\u{16}j\u{2}\u{6}2F\u{3}\u{0}h\u{10}Z\u{1}Application error tra\
        cking and performance monitoring, as a hosted service or self-hosted.\u{1}i\u{10}X\u{5}Source-availa\
        ble under the Functional Source License 1.1 with Apache 2.0 future licence (the project\nabbreviates\
         it FSL-1.1-Apache-2.0; the SPDX identifier is FSL-1.1-ALv2); each release becomes\nApache-2.0 two y\
        ears later. It grew out of django-db-log, an error logger begun in 2008. Mercari\nused Sentry instea\
        d of Stackdriver Error Reporting.\nj\u{10}\u{1a}https://sentry.io/welcome/\u{1}k\u{10}#https://githu\
        b.com/getsentry/sentryl\u{10}\u{c}FSL-1.1-ALv2\u{1}m\u{10}\u{6}Python\u{1}n\u{10}\u{1c}Sentry (Funct\
        ional Software)m\u{7}\u{0}\u{6}E\u{6} \u{18}V\u{17} $b\u{17}\u{0}\u{1}p>\u{0}\u{1}m\u{7}\u{1}P\u{1}&\
        \u{12}f\u{18}&.B\u{19}\u{0}\u{5}o\u{10}\u{1f}https://docs.sentry.io/product/k\u{10}p\u{10}:https://g\
        ithub.com/getsentry/sentry/blob/master/LICENSE.mdq\u{10}+https://spdx.org/licenses/FSL-1.1-ALv2.html\
        H\u{b}\u{1}*\u{6}\\\u{19}4\u{2}N!\u{0}\n\u{1e}\u{14}v\u{16}\u{1e}\u{1c}~\u{16}\u{16}\u{e}D\u{13}\
        \u{16}T\u{1}J\u{14}\u{0}\tM\u{6}4\u{16}b!4*v!\u{5}F\u{b}r\u{10}\u{1d}<built-in>/tools/sidecar.yamls\
        \u{10}\u{7}Sidecar \u{6}\u{16}l\u{2}\u{6}@\u{1}V\u{3}\u{0}t\u{10}V\u{1}Deploys supporting features i\
        n a separate process or container beside the application.\u{0}u\u{10}E\u{1}https://learn.microsoft.c\
        om/en-us/azure/architecture/patterns/sidecar\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{10}\u{18}f\
        \n\u{10}$r\n\u{0}\u{0}\u{1}v\u{10}\u{f}Sidecar pattern\u{e}\u{16}n\t\u{e}4L\n\u{0}\u{1}L\u{4}\u{12}\
        \u{12}D\u{b}\u{12},^\u{b}\u{0}\u{1}u\u{10}\u{1}\u{16}\u{6}x\u{b}\u{18}\u{2}H\u{e}\u{0}\u{8}\u{c}\
        \u{14}J\t\u{c}\"X\t\u{0}\tD\u{7}\u{18}\u{16}\\\u{e}\u{18}*p\u{e}\u{5}w\u{10}\u{1c}site-reliability-e\
        ngineeringx\u{10}2<built-in>/tools/site-reliability-engineering.yamly\u{10}\u{1c}Site reliability en\
        gineeringt\u{1}\u{6}\u{16}V\u{3}\u{6}(h\u{3}\u{0}z\u{10}v\u{1}Runs operations as a software engineer\
        ing discipline: service level objectives, error budgets, automation and on-call.\u{1}{\u{10};At the \
        GKE panel, only SREs could log in to cluster nodes.\n|\u{10}\u{13}https://sre.google/\u{0}A\u{6}\
        \u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{12}\u{18}z\u{b}\u{12}$F\u{c}\u{0}\u{0}\u{1}}\u{10}\u{3}SRE\u{14}\
        \u{16}\\\u{c}\u{14}\u{1c}b\u{c}\u{0}\u{0}\u{1}\u{7}d\u{5}\u{18}\u{16}P\r\u{18}\u{1e}X\rX\u{2}\u{1a}\
        \u{1a}r\r\u{1a}6N\u{e}\u{1}~\u{10}G\u{1}Google's SRE workbook treats canarying releases as a core SR\
        E practice.\u{2}\u{7f}\u{10})https://sre.google/sre-book/introduction/@\u{11}/https://sre.google/wor\
        kbook/canarying-releases/\u{1} \u{6}N\u{11}$\u{2}N\u{14}\u{0}\u{8}\u{10}\u{14}T\u{b}\u{10}\"b\u{b}\
        \u{0}\tD\u{7}$\u{16}b\u{14}$*v\u{14}\u{5}k\u{c}A\u{11}\u{1f}<built-in>/tools/spinnaker.yamlB\u{11}\t\
        Spinnaker2\u{6}\u{16}p\u{2}\u{6}\u{1a}t\u{2}\u{0}C\u{11}Y\u{1}Multi-cloud continuous delivery platfo\
        rm with pipeline visualisation and canary analysis.\u{1}D\u{11}F\u{7}Created at Netflix and open-sou\
        rced with Google in 2015. Its services (Clouddriver, Orca, Kayenta\nand the others) now live in one \
        repository, spinnaker/spinnaker. At Mercari in 2018 it deployed the\ncontainer images that CircleCI \
        built to GKE (Spinnaker has no CircleCI connector; its CI connector\nIgor covers Jenkins, Travis, Co\
        ncourse, GitLab CI, Cloud Build and CodeBuild). The panel noted that its Java errors are hard to rea\
        d\nwithout Java expertise.\nE\u{11}\u{15}https://spinnaker.io/\u{1}Q\u{e}_\u{7}\u{1}g\u{c}\u{1}h\
        \u{c}O\u{7}\u{0}\u{6}E\u{6}\"\u{18}h\u{1a}\"$t\u{1a}\u{0}\u{1}~>\u{1}F\u{11}\u{4}spin&\u{16}b\u{1b}&\
        \u{1e}j\u{1b}\u{3}b\u{7}P\u{7}u\u{6}\u{5}p\u{2}*\u{12}F\u{1d}*8l\u{1d}t\u{3}*<p\u{1d}*h\u{1}\\\u{1e}\
        X\u{2}*l\u{1}`\u{1e}*H\u{2}|\u{1e}U\u{2}*L\u{2}@\u{1f}*v\u{2}j\u{1f}g\u{3}*z\u{2}n\u{1f}*f\u{3}Z \
        \u{6}\u{7}q\u{4}.\u{16}H!.*\\!u\u{6}0\u{1a}v!0.J\"\u{1}G\u{11}-The Kubernetes provider V2 applies ma\
        nifests.\u{7}E\u{5}4\u{16}P$44n$X\u{7}6\u{1a}H%62`%\u{1}H\u{11}:Chaos Monkey 2.0 reads its deploymen\
        t data from Spinnaker.\u{7}E\u{5}:\u{16}@(:4^(o\u{7}<\u{1a}x(<(F)\u{1}I\u{11}=Igor, its CI connector\
        , triggers pipelines from Jenkins jobs.\u{7}E\u{5}@\u{1}\u{16}l+@\u{1}4J,n\u{7}B\u{1}\u{1a}d,B\u{1}0\
        z,\u{1}J\u{11}A\u{1}Igor triggers pipelines from Cloud Build builds and can run them.\u{7}{\u{4}F\
        \u{1}\u{16}h/F\u{1}*|/X\u{2}H\u{1}\u{1a}V0H\u{1}6r0\u{0}\u{7}{\u{4}J\u{1}\u{16}H1J\u{1}*\\1U\u{2}L\
        \u{1}\u{1a}v1L\u{1}D\u{1}`2\u{1}K\u{11}\u{1d}Spinnaker calls it red/black.\u{7}L\u{11}#https://spinn\
        aker.io/docs/concepts/Q\u{e}M\u{11}R\u{1}https://netflixtechblog.com/global-continuous-delivery-with\
        -spinnaker-2a6896c23ba7V\u{e}W\u{e}N\u{11}5https://github.com/spinnaker/spinnaker/tree/main/igorH\
        \u{b}\u{1}R\u{1}\u{6}H4`\u{1}\u{2}VA\u{1}\u{0}\n \u{14}z\u{19} *P\u{1a}\u{18}\u{e}F\u{16}\u{18}Z\
        \u{1}R\u{17}\u{0}\tM\u{6}`\u{1}\u{16}jA\u{1}`\u{1}*~A\u{1}\u{5}O\u{11}\u{17}spinnaker-kubernetes-v2P\
        \u{11}-<built-in>/tools/spinnaker-kubernetes-v2.yamlQ\u{11} Spinnaker Kubernetes provider V22\u{6}\
        \u{16}^\u{3}\u{6}\u{1a}b\u{3}\u{0}R\u{11}\\\u{1}Spinnaker's manifest-based Kubernetes provider: pipe\
        lines deploy Kubernetes YAML as written.\u{1}S\u{11}Y\u{4}Part of Clouddriver, which moved from spin\
        naker/clouddriver into the spinnaker/spinnaker monorepo.\nIts alpha was announced as in on 5 Februar\
        y 2018 (spinnaker#1902). In 2020 Spinnaker renamed it\nsimply the Kubernetes provider and removed th\
        e legacy V1 provider (clouddriver#4569).\nT\u{11}@\u{1}https://spinnaker.io/docs/setup/install/provi\
        ders/kubernetes-v2/\u{1}Q\u{e}_\u{7}\u{1}g\u{c}\u{1}h\u{c}O\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}T\u{17}\
        \u{1e}$`\u{17}\u{0}\u{1}D?\u{2}U\u{11}\u{16}Kubernetes provider V2\"\u{16}N\u{18}\"B\u{1}z\u{18}V\
        \u{11}\u{1d}Spinnaker Kubernetes provider\"F\u{1}~\u{18}\"@\u{2}x\u{19}\u{1}u\u{6}\u{2}w\u{2}&\u{12}\
        r\u{1a}&<\\\u{1b}p\u{2}&@\u{1}`\u{1b}&f\u{1}F\u{1c}\u{2}\u{7}W\u{5}*\u{16}t\u{1c}*$B\u{1d}k\u{c},\
        \u{1a}\\\u{1d},,n\u{1d}\u{0}\u{7}q\u{4}.\u{16}D\u{1e}.*X\u{1e}u\u{6}0\u{1a}r\u{1e}0.F\u{1f}\u{0}\
        \u{8}T\u{11}W\u{11}2https://github.com/spinnaker/spinnaker/issues/1902X\u{11}:https://github.com/spi\
        nnaker/spinnaker.github.io/pull/1814Y\u{11}2https://github.com/spinnaker/clouddriver/pull/4569Z\
        \u{11}<https://github.com/spinnaker/spinnaker/tree/main/clouddriverV\u{e}W\u{e}H\u{b}\u{1}4\u{6}^\
        \u{1f}D\u{1}\u{2}J/\u{0}\n\u{1c}\u{14}f\u{16}\u{1c}*|\u{16}\u{14}\u{e}r\u{12}\u{14}Z\u{1}~\u{13}\
        \u{0}\tM\u{6}D\u{1}\u{16}^/D\u{1}*r/\u{5}[\u{11}\u{b}stackdriver\\\u{11}!<built-in>/tools/stackdrive\
        r.yaml]\u{11}\u{b}Stackdrivere\u{1}\u{6}\u{16}t\u{2}\u{6}*H\u{3}\u{2}\\\u{1}\u{8}\u{1c}d\u{3}\u{8}*r\
        \u{3}P\u{1}\u{8}.v\u{3}\u{8}J\u{1}R\u{4}^\u{11}g\u{1}Google Cloud's monitoring and logging suite unt\
        il 2020, when it became Google Cloud's operations suite.\u{0}_\u{11},https://cloud.google.com/produc\
        ts/operations\u{0}T\u{6}\u{0}\u{1}U\u{6}V\u{6}\u{0}\u{6}T\n\u{14}\u{18}r\u{b}\u{14},F\u{c}\u{0}\u{1}\
        @?\u{1}`\u{11}\u{12}Google Stackdriver\u{18}\u{16}t\u{c}\u{18}:X\r\u{1}Y\u{6}\u{3}X\u{3}\u{1c}\u{12}\
        V\u{e}\u{1c}.r\u{e}a\u{3}\u{1c}2v\u{e}\u{1c}V\u{1}Z\u{f}P\u{1}\u{1c}Z\u{1}^\u{f}\u{1c}v\u{1}z\u{f}\
        \u{1}\u{7}_\u{5} \u{16}h\u{10} 0B\u{11}}\u{8}\"\u{1a}\\\u{11}\"N\u{1}P\u{12}\u{0}\u{2}{\u{b}a\u{11}`\
        \u{1}https://cloud.google.com/blog/products/management-tools/cloud-monitoring-dashboards-using-an-ap\
        i\u{1}&\u{6}h\u{12}*\u{2}J\u{17}\u{0}\u{8}\u{12}\u{14}L\u{b}\u{12}\"Z\u{b}\u{0}\tD\u{7}*\u{16}^\
        \u{17}**r\u{17}\u{5}b\u{11}\rstrangler-figc\u{11}#<built-in>/tools/strangler-fig.yamld\u{11}\rStrang\
        ler fig \u{6}\u{16}x\u{2}\u{6}@\u{1}b\u{3}\u{0}e\u{11}f\u{1}Replaces a legacy system gradually by ro\
        uting features one at a time through a facade to new services.\u{0}f\u{11};https://martinfowler.com/\
        bliki/StranglerFigApplication.html\u{0}A\u{6}\u{0}\u{0}B\u{6}\u{0}\u{6}E\u{6}\u{10}\u{18}p\u{b}\
        \u{10}$|\u{b}\u{0}\u{0}\u{2}g\u{11}\u{11}Strangler pattern\u{e}\u{16}F\n\u{e}8h\nh\u{11}\u{15}Strang\
        ler application\u{e}<l\n\u{e}f\u{1}V\u{b}\u{0}\u{0}\u{2}\u{7}d\u{5}\u{14}\u{16}h\u{c}\u{14}\u{1e}p\
        \u{c}|\u{5}\u{16}\u{1a}J\r\u{16}@\u{1}p\r\u{1}i\u{11}3The gateway is the facade in front of the mono\
        lith.\u{7}P\u{5}\u{1a}\u{16}B\u{10}\u{1a}0\\\u{10}o\u{f}\u{1c}\u{1a}v\u{10}\u{1c}*F\u{11}\u{1}j\
        \u{11}/Moves functions out of the monolith one by one.\u{2}f\u{11}k\u{11}K\u{1}https://learn.microso\
        ft.com/en-us/azure/architecture/patterns/strangler-fig\u{1}\"\u{6}R\u{13}&\u{2}n\u{17}\u{0}\u{8}\
        \u{c}\u{14}b\t\u{c}\"p\t\u{0}\tD\u{7}&\u{16}B\u{18}&*V\u{18}\u{5}l\u{11}\tterraformm\u{11}\u{1f}<bui\
        lt-in>/tools/terraform.yamln\u{11}\tTerraform$\u{6}\u{16}p\u{2}\u{6}F\u{1}`\u{3}\u{0}o\u{11}^\u{1}De\
        clares cloud and SaaS infrastructure in HCL files and applies the changes through providers.\u{1}p\
        \u{11}W\u{5}Licensed MPL-2.0 until August 2023, then BUSL-1.1. IBM completed its purchase of HashiCo\
        rp on\n27 February 2025. At Mercari a dedicated operations repository held the Terraform code, and a\
         pull\nrequest triggered CI that applied it; Cloud SQL and Spanner instances were all created this w\
        ay, and\na script could create a new GCP project at once.\nq\u{11}\u{19}https://www.terraform.io/\
        \u{1}r\u{11}&https://github.com/hashicorp/terraforms\u{11}\u{8}BUSL-1.1\u{1}`\u{7}\u{1}t\u{11}\u{f}H\
        ashiCorp (IBM)O\u{7}\u{0}\u{6}E\u{6} \u{18}^\u{17} $j\u{17}\u{0}\u{1}|>\u{0}\u{1}u\u{11}\thashicorp\
        \u{1}M\u{3}&\u{12}x\u{18}&>d\u{19}\u{7}\u{7}{\u{4}*\u{16}R\u{1a}**f\u{1a}M\u{3},\u{1a}@\u{1b},F\u{1}\
        l\u{1b}\u{0}\u{7}L\u{5}.\u{16}B\u{1c}.$P\u{1c}`\t0\u{1a}j\u{1c}0,|\u{1c}\u{0}\u{7}L\u{5}2\u{16}R\
        \u{1d}2$`\u{1d}T\t4\u{1a}z\u{1d}44T\u{1e}\u{0}\u{7}L\u{5}6\u{16}j\u{1e}6$x\u{1e}Z\u{6}8\u{1a}R\u{1f}\
        8 X\u{1f}\u{0}\u{7}L\u{5}:\u{16}n\u{1f}:$|\u{1f}@\u{7}<\u{1a}V <,h \u{1}v\u{11}6The Google provider \
        manages IAM policies and bindings.\u{7}L\u{5}@\u{1}\u{16}@#@\u{1}$N#d\u{8}B\u{1}\u{1a}h#B\u{1}D\u{1}\
        R$\u{1}w\u{11}%The Google provider creates projects.\u{7}L\u{5}F\u{1}\u{16}H&F\u{1}$V&G\u{8}H\u{1}\
        \u{1a}p&H\u{1},B'\u{0}\u{7}x\u{11}/https://developer.hashicorp.com/terraform/intror\u{11}y\u{11}J\
        \u{1}https://www.hashicorp.com/en/blog/hashicorp-adopts-business-source-licensez\u{11}8https://githu\
        b.com/hashicorp/terraform/blob/main/LICENSE{\u{11}:https://github.com/hashicorp/terraform/releases/t\
        ag/v0.1.0H\u{b}|\u{11}C\u{2}https://newsroom.ibm.com/2025-02-27-ibm-completes-acquisition-of-hashico\
        rp,-creates-comprehensive,-end-to-end-hybrid-cloud-platform\u{1}L\u{1}\u{6}Z'Z\u{1}\u{2}z6\u{0}\n\
        \u{1e}\u{14}p\u{16}\u{1e}*F\u{17}\u{16}\u{e}b\u{13}\u{16}Z\u{1}n\u{14}\u{0}\tM\u{6}Z\u{1}\u{16}N7Z\
        \u{1}*b7\u{5}|\u{c}}\u{11}\u{1c}<built-in>/tools/velero.yaml~\u{11}\u{6}Velero,\u{6}\u{16}j\u{2}\
        \u{6}\"v\u{2}\u{0}\u{7f}\u{11}`\u{1}Backs up and restores Kubernetes resources and persistent volume\
        s; called Heptio Ark until 2019.\u{1}@\u{12}n\u{3}First released in 2017 as Heptio Ark; renamed Vele\
        ro with version 0.11 in 2019. VMware acquired\nHeptio, and the repository moved from the heptio orga\
        nisation to vmware-tanzu and later to\nvelero-io. Accepted into the CNCF sandbox in 2026.\nA\u{12}\
        \u{11}https://velero.io\u{1}x\u{c}_\u{7}\u{1}`\u{7}\u{1}D\u{b}O\u{7}\u{0}\u{6}E\u{6}\u{1e}\u{18}x\
        \u{13}\u{1e}$D\u{14}\u{1}B\u{12}\u{7}sandbox\u{1}B?\u{0}\u{2}u\u{6}q\u{5}\u{2}U\u{4}&\u{12}|\u{15}&,\
        V\u{16}z\u{2}&0Z\u{16}&R\u{1}|\u{16}\u{3}\u{7}l\u{4}*\u{16}j\u{17}*,@\u{18}\u{7f}\u{8},\u{1a}Z\u{18}\
        ,4t\u{18}\u{0}\u{7}g\u{4}.\u{16}J\u{19}.&Z\u{19}u\u{6}0\u{1a}t\u{19}0.H\u{1a}\u{1}~\u{c}\u{7}[\u{5}4\
        \u{16}X\u{1c}4$f\u{1c}u\u{6}6\u{1a}@\u{1d}6.T\u{1d}\u{0}\u{8}\u{7f}\u{c}x\u{c}C\u{12}5https://github\
        .com/velero-io/velero/blob/main/LICENSEH\u{b}w\u{c}D\u{12}7https://github.com/velero-io/velero/blob/\
        main/README.md@\rE\u{12}O\u{1}https://github.com/velero-io/velero/blob/main/design/Implemented/move-\
        gh-org.md\u{1}:\u{6}l\u{1d}J\u{1}\u{2}r+\u{0}\u{b} \u{e}R\u{14} \u{1c}`\u{14}\u{1c}\u{14}J\u{13}\
        \u{1c}*`\u{13}\u{14}\u{e}Z\u{f}\u{14}T\u{1}`\u{10}\u{0}\tM\u{6}J\u{1}\u{16}F,J\u{1}*Z,\u{2}\u{c}\n\
        \u{12}\u{16}\u{13}h\u{5}\u{14}F\u{12}\u{4}asOfv\u{5}G\u{12}\ncomponentsH\u{12}\u{5}flowsL\u{6}I\
        \u{12}\u{e}gke-panel-2018J\u{12}%<built-in>/stacks/gke-panel-2018.yamlK\u{12}(GKE panel discussion (\
        GCPUG Tokyo, 2018)L\u{12}J\u{1}What a panel of GKE users in Tokyo ran, wanted or set aside in April \
        2018.\u{1}M\u{12}N\rThe panel that followed Mercari's talk at GCPUG Tokyo's Kubernetes Engine Day: p\
        ractitioners\ncompared how they run clusters, logging, CI/CD, security and autoscaling on GKE. Rings\
         summarise the\nroom, not one company.\n\nRings follow the notes' words with the same mapping as the\
         Mercari stack: adopt = in use\n(\u{4f7f}\u{3063}\u{3066}\u{3044}\u{308b}, \"using\"; \u{591a}\
        \u{3044}, \"many do\"); trial = \u{691c}\u{8a3c}\u{4e2d} (\"being trialled\"); assess = wanted, plan\
        ned\nor merely possible (\u{301c}\u{3057}\u{305f}\u{3044} \"want to\", \u{4e88}\u{5b9a} \"planned\",\
         \u{3067}\u{304d}\u{308b} \"can\", \u{4eba}\u{67f1}\u{3082}\u{3068}\u{3080} \"volunteers\nwanted\");\
         hold = not used or set aside (\u{3042}\u{307e}\u{308a}\u{3044}\u{306a}\u{3044} \"hardly anyone\"). \
        Where the notes only imply\nuse (a complaint about a tool, advice on how to run it), the ring is an \
        inference and the component\nsays so. Products carry the ids of that day: Google Container Builder, \
        not Cloud Build, which it\nbecame in July 2018.\n\u{1}N\u{12}\n2018-04-26\u{1}O\u{12}-https://gcpug-\
        tokyo.connpass.com/event/81224/#\r\tP\u{12}\u{4}toolQ\u{12}\tinHouseID\u{13}g\u{5}R\u{12}\u{4}ringS\
        \u{12}\u{4}roleo\u{5}L\u{6}D\u{6}\u{1}Z\u{6}*\u{16}V%*\u{1c}\\%\u{0}\u{0}\u{0}T\u{12}\u{5}adopt\u{1}\
        U\u{12}@\u{2}Everyone's platform; upgrading often may be better, so that no upgrade is a big one (\
        \u{306e}\u{307b}\u{3046}\u{304c}\u{3088}\u{3044}\u{304b}\u{3082}, \"may be better\").\u{0}\u{0}*\nJ%\
        0\u{6}`*\r\u{1}~\t0\u{16}p*02L+\u{0}\u{0}\u{0}T\u{12}\u{1}V\u{12}q\u{2}Split pools when machines dif\
        fer; for version splits, why not blue-green (\u{30d6}\u{30eb}\u{30fc}\u{30b0}\u{30ea}\u{30fc}\
        \u{30f3}\u{3059}\u{308c}\u{3070}\u{3088}\u{3044}\u{306e}\u{3067}\u{306f})? Adopt is an inference: th\
        e advice assumes pools in use.\u{0}\u{0}0\nd*6\u{6}n1\r\u{1}[\u{b}6\u{16}~16:b2\u{0}\u{0}\u{0}T\
        \u{12}\u{1}W\u{12}I\u{2}Most used Ingress with the HTTP(S) load balancer (Ingress\u{4f7f}\u{3063}\
        \u{3066}\u{308b}\u{3072}\u{3068}\u{304c}\u{304a}\u{304a}\u{3044}, \"many use Ingress\"); mind the he\
        alth check path.\u{0}\u{0}6\nr1<\u{6}x7\r\u{1}R\r<\u{16}H8<,^8\u{0}\u{0}\u{0}T\u{12}\u{1}X\u{12}3Cre\
        ates the HTTP(S) load balancer for each Ingress.\u{0}\u{0}<\n|7B\u{1}\u{6}@;\r\u{1}i\u{8}B\u{1}\
        \u{16}P;B\u{1}>x;\u{0}\u{0}\u{0}T\u{12}\u{1}Y\u{12})The HTTP(S) load balancer behind Ingress.\u{0}\
        \u{0}B\u{1}\nD;H\u{1}\u{6}F>\r\u{1}\\\rH\u{1}\u{16}V>H\u{1}4t>\u{0}\u{0}\u{0}T\u{12}\u{1}Z\u{12}a\
        \u{1}Set one, or the load balancer's health check GETs /; one added later needs the Ingress recreate\
        d.\u{0}\u{0}H\u{1}\nJ>N\u{1}\u{6}vB\u{1}\r\u{1}r\u{e}N\u{1}\u{16}FC\u{1}N\u{1}@\u{1}pC\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}[\u{12}=Separation inside shared clusters, even between prod and dev.\u{0}\
        \u{0}N\u{1}\nzB\u{1}T\u{1}\u{6}fF\u{1}\r\u{1}b\u{8}T\u{1}\u{16}vF\u{1}T\u{1}4TG\u{1}\u{0}\u{0}\u{0}\
        \\\u{12}\u{6}assess\u{1}]\u{12}I\u{2}Per-namespace security was wanted (\u{30cd}\u{30fc}\u{30e0}\
        \u{30b9}\u{30da}\u{30fc}\u{30b9}\u{3054}\u{3068}\u{306e}\u{30bb}\u{30ad}\u{30e5}\u{30ea}\u{30c6}\
        \u{30a3}\u{3092}\u{3084}\u{308a}\u{305f}\u{3044}, \"want to do per-namespace security\").\u{0}\u{0}T\
        \u{1}\njF\u{1}Z\u{1}\u{6}lL\u{1}\r\u{1}Y\u{e}Z\u{1}\u{16}|L\u{1}Z\u{1}$JM\u{1}\u{0}\u{0}\u{0}T\u{12}\
        \u{1}^\u{12}r\u{1}Taking kubectl away from those who do not need it is the minimum (kubectl\u{305f}\
        \u{305f}\u{3051}\u{306a}\u{304f}\u{3059}\u{308b}\u{3068}\u{304b}\u{306f}\u{6700}\u{4f4e}\u{9650}).\
        \u{0}\u{0}Z\u{1}\npL\u{1}`\u{1}\u{6}nQ\u{1}\r\u{1}w\u{10}`\u{1}\u{16}~Q\u{1}`\u{1}N\u{1}vR\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}_\u{12}Q\u{1}Only SREs may log in to nodes (\u{30ce}\u{30fc}\u{30c9}\u{306b}\
        \u{30ed}\u{30b0}\u{30a4}\u{30f3}\u{3067}\u{304d}\u{308b}\u{306e}\u{306f}SRE\u{3060}\u{3051}).\u{0}\
        \u{0}`\u{1}\nrQ\u{1}f\u{1}\u{6}XV\u{1}\r\u{1}H\u{7}f\u{1}\u{16}hV\u{1}f\u{1}\u{1e}pV\u{1}\u{0}\u{0}\
        \u{0}`\u{12}\u{4}hold\u{1}a\u{12}j\u{1}Cited for running one big cluster (Google\u{306e}Borg\u{306f}\
        \u{30ef}\u{30f3}\u{30af}\u{30e9}\u{30b9}\u{30bf}\u{30fc}); not something anyone could run.\u{0}\u{0}\
        f\u{1}\n\\V\u{1}l\u{1}\u{6}B[\u{1}\r\u{1}H\tl\u{1}\u{16}R[\u{1}l\u{1}$`[\u{1}\u{0}\u{0}\u{0}T\u{12}\
        \u{1}b\u{12}k\u{1}Where most people went (Datadog\u{306b}\u{884c}\u{304f}\u{4eba}\u{304c}\u{591a}\
        \u{3044}); handy with many clusters, and the new container map.\u{0}\u{0}l\u{1}\nF[\u{1}r\u{1}\u{6}v\
        _\u{1}\r\u{1}w\u{8}r\u{1}\u{16}F`\u{1}r\u{1}0``\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}c\u{12}F\u{2}Some kep\
        t everything in Stackdriver despite missing features (Stackdriver\u{3060}\u{3051}\u{306e}\u{3072}\
        \u{3068}\u{305f}\u{3061}\u{3082}\u{3044}\u{308b}, \"some use only Stackdriver\").\u{0}\u{0}r\u{1}\nz\
        _\u{1}x\u{1}\u{6}pe\u{1}\r\u{1}B\tx\u{1}\u{16}@f\u{1}x\u{1}6`f\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}d\
        \u{12}l\u{1}Some watched only CPU-level metrics in Stackdriver (CPU\u{30d1}\u{30d5}\u{30a9}\u{30fc}\
        \u{30de}\u{30f3}\u{30b9}\u{3068}\u{304b}\u{304f}\u{3089}\u{3044}\u{306f}\u{898b}\u{3066}\u{3044}\
        \u{308b}).\u{0}\u{0}x\u{1}\nte\u{1}~\u{1}\u{6}xj\u{1}\r\u{1}o\u{7}~\u{1}\u{16}Hk\u{1}~\u{1}$Vk\u{1}\
        \u{0}\u{0}\u{0}T\u{12}\u{1}e\u{12}E\u{1}CI/CD alongside GCB (GCB\u{3068}\u{304b}Jenkins, answering \
        \"which do you use\").\u{0}\u{0}~\u{1}\n|j\u{1}D\u{2}\u{6}dn\u{1}\r\u{1}O\nD\u{2}\u{16}tn\u{1}D\u{2}\
        8Vo\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}f\u{12};CI/CD on Google Cloud (GCB), then called Container Builde\
        r.\u{0}\u{0}D\u{2}\nhn\u{1}J\u{2}\u{6}Lr\u{1}\r\u{1}]\u{6}J\u{2}\u{16}\\r\u{1}J\u{2}8~r\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}g\u{12}h\u{1}GCB's vulnerability scanning of container images (GCB\u{306e}\
        \u{8106}\u{5f31}\u{6027}\u{8a3a}\u{65ad}\u{306f}\u{304b}\u{306a}\u{308a}\u{3088}\u{3044}, \"very goo\
        d\").\u{0}\u{0}J\u{2}\nPr\u{1}P\u{2}\u{6}Rw\u{1}\r\u{1}a\nP\u{2}\u{16}bw\u{1}P\u{2}\"nw\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}h\u{12}e\u{1}Multi-stage builds are a must (\u{30de}\u{30b9}\u{30c8}): small i\
        mages have fewer vulnerabilities and deploy faster.\u{0}\u{0}P\u{2}\nVw\u{1}V\u{2}\u{6}x{\u{1}\r\
        \u{1}\u{7f}\u{7}V\u{2}\u{16}H|\u{1}V\u{2}4f|\u{1}\u{0}\u{0}\u{0}\\\u{12}\u{1}i\u{12}{\u{1}Notificati\
        ons from CI are possible, though hard (Cloud function\u{4f7f}\u{3063}\u{3066}\u{901a}\u{77e5}\
        \u{3068}\u{304b}\u{51fa}\u{6765}\u{308b}\u{ff08}\u{5927}\u{5909}\u{3060}\u{3051}\u{3069}\u{ff09}, \"\
        can\").\u{0}\u{0}V\u{2}\n|{\u{1}\\\u{2}\u{6}bA\u{2}\r\u{1}k\u{c}\\\u{2}\u{16}rA\u{2}\\\u{2}(DB\u{2}\
        \u{0}\u{0}\u{0}T\u{12}\u{1}j\u{12}|\u{1}Its Java errors are hard without Java expertise (Spinnaker\
        \u{306e}\u{30a8}\u{30e9}\u{30fc}\u{306f}\u{8f9b}\u{3044}); adopt is an inference from that complaint\
        .\u{0}\u{0}\\\u{2}\nfA\u{2}b\u{2}\u{6}|F\u{2}\r\u{1}`\u{c}b\u{2}\u{16}LG\u{2}b\u{2}$ZG\u{2}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}k\u{12}N\u{2}Installing with hal shows at least some error logs (hal\u{30b3}\
        \u{30de}\u{30f3}\u{30c9}\u{3067}\u{5165}\u{308c}\u{3066}\u{3044}\u{308c}\u{3070}, \"if you installed\
         with hal\"); adopt is an inference.\u{0}\u{0}b\u{2}\n@G\u{2}h\u{2}\u{6}zL\u{2}\r\u{1}X\u{7}h\u{2}\
        \u{16}JM\u{2}h\u{2}.bM\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}l\u{12}\\\u{1}Chaos tests are possible throug\
        h Spinnaker's integration (\u{9023}\u{643a}\u{3067}\u{304d}\u{308b}, \"can integrate\").\u{0}\u{0}h\
        \u{2}\n~L\u{2}n\u{2}\u{6}`Q\u{2}\r\u{1}9n\u{2}\u{16}pQ\u{2}n\u{2}8RR\u{2}\u{0}\u{0}\u{0}\\\u{12}\
        \u{1}m\u{12}U\u{1}Chaos testing was mentioned as something Spinnaker users can do (\u{30ab}\u{30aa}\
        \u{30b9}\u{30c6}\u{30b9}\u{30c8}).\u{0}\u{0}n\u{2}\ndQ\u{2}t\u{2}\u{6}~U\u{2}\r\u{1}s\tt\u{2}\u{16}N\
        V\u{2}t\u{2}:rV\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}n\u{12}e\u{1}Scaling down was very slow (\u{7e2e}\
        \u{9000}\u{304c}\u{3081}\u{3063}\u{3061}\u{3083}\u{9045}\u{3044}); adopt is an inference from that e\
        xperience.\u{0}\u{0}t\u{2}\nBV\u{2}z\u{2}\u{6}|Z\u{2}\r\u{1}D\rz\u{2}\u{16}L[\u{2}z\u{2}H\u{1}~[\
        \u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}o\u{12}V\u{2}Asked about with the Cluster Autoscaler; for spiky game\
         traffic, last year's KubeCon keynote was recommended. Adopt is an inference from the question.\u{0}\
        \u{0}z\u{2}\n@[\u{2}@\u{3}\u{6}ja\u{2}\r\u{1}b\u{f}@\u{3}\u{16}za\u{2}@\u{3} Db\u{2}\u{0}\u{0}\u{0}T\
        \u{12}\u{1}p\u{12}r\u{1}Mercari's answer: Redis ran on Kubernetes (Redis\u{306f}k8s\u{306b}\u{8f09}\
        \u{3063}\u{3066}\u{3044}\u{308b}); middleware on Kubernetes looked common.\u{0}\u{0}@\u{3}\nna\u{2}F\
        \u{3}\u{6}hf\u{2}\r\u{1}[\u{f}F\u{3}\u{16}xf\u{2}F\u{3},Ng\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}q\u{12}R\
        \u{1}Managed Redis, just announced (\u{305d}\u{3063}\u{3061}\u{306b}\u{3046}\u{3064}\u{308a}\u{305f}\
        \u{3044}, \"want to move there\").\u{0}\u{0}F\u{3}\nlf\u{2}L\u{3}\u{6}xj\u{2}\r\u{1}E\u{10}L\u{3}\
        \u{16}Hk\u{2}L\u{3}&Xk\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}r\u{12}\u{7f}\u{1}Wanted, because Pub/Sub's a\
        cknowledgement deadline was too short (\u{52d5}\u{304b}\u{3057}\u{305f}\u{3044}\u{3068}\u{601d}\
        \u{3063}\u{3066}\u{3044}\u{308b}, \"thinking of running it\").\u{0}\u{0}L\u{3}\n|j\u{2}R\u{3}\u{6}\\\
        p\u{2}\r\u{1}e\u{6}R\u{3}\u{16}lp\u{2}R\u{3}.Dq\u{2}\u{0}\u{0}\u{0}`\u{12}\u{1}s\u{12}?Set aside for\
         that use because of its acknowledgement deadline.\u{0}\u{0}R\u{3}\n`p\u{2}X\u{3}\u{6}|s\u{2}\r\u{1}\
        e\rX\u{3}\u{16}Lt\u{2}X\u{3} Vt\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}t\u{12}}\u{1}Nobody ran it in produc\
        tion (\u{3044}\u{306a}\u{304b}\u{3063}\u{305f}); planned for App Engine-style versioned URLs (Istio\
        \u{3067}\u{3084}\u{308b}\u{4e88}\u{5b9a}, \"planned\").\u{0}\u{0}X\u{3}\n@t\u{2}^\u{3}\u{6}Vy\u{2}\r\
        \u{1}N\u{6}^\u{3}\u{16}fy\u{2}^\u{3}*zy\u{2}\u{0}\u{0}\u{0}`\u{12}\u{1}u\u{12}6The model for version\
        ed URLs, not the platform in use.\u{0}\u{0}^\u{3}\nZy\u{2}d\u{3}\u{6}`|\u{2}\r\u{1}|\rd\u{3}\u{16}p|\
        \u{2}d\u{3}(B}\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}v\u{12}4Volunteers wanted to try it first (\u{4eba}\
        \u{67f1}\u{3082}\u{3068}\u{3080}).\u{0}\u{0}d\u{3}\nd|\u{2}j\u{3}\u{6}l\u{7f}\u{2}\r\u{1}o\nj\u{3}\
        \u{16}|\u{7f}\u{2}j\u{3}8^@\u{3}\u{0}\u{0}\u{0}`\u{12}\u{1}w\u{12}M\u{1}Hardly anyone in the room ra\
        n Kubernetes on it (\u{4eca}\u{65e5}\u{306f}\u{3042}\u{307e}\u{308a}\u{3044}\u{306a}\u{3044}).\u{0}\
        \u{0}j\u{3}\np\u{7f}\u{2}p\u{3}\u{6}vC\u{3}\r\u{1}m\u{6}p\u{3}\u{16}FD\u{3}p\u{3},\\D\u{3}\u{0}\u{0}\
        \u{0}\\\u{12}\u{1}x\u{12}q\u{1}Watched as a managed alternative outside GKE (\u{5b9f}\u{73fe}\
        \u{3059}\u{308b}\u{3068}\u{3059}\u{3054}\u{3044}\u{3051}\u{3069}, \"would be great if it comes true\
        \").\u{0}\u{0}p\u{3}\nzC\u{3}v\u{3}\u{6}DI\u{3}\r\u{1}U\u{2}v\u{3}\u{16}TI\u{3}v\u{3}@\u{1}~I\u{3}\
        \u{0}\u{0}\u{0}\\\u{12}\u{1}y\u{12}g\u{1}Suggested for node pool upgrades (\u{30d6}\u{30eb}\u{30fc}\
        \u{30b0}\u{30ea}\u{30fc}\u{30f3}\u{3059}\u{308c}\u{3070}\u{3088}\u{3044}\u{306e}\u{3067}\u{306f}, \"\
        why not blue-green\").\u{0}\u{0}v\u{3}\nHI\u{3}|\u{3}\u{2}NN\u{3}\u{b}\u{e}\u{3}z\u{12}\u{4}from{\
        \u{12}\u{2}toY\u{4}O\n~\u{3}\u{16}pN\u{3}~\u{3}8RO\u{3}]\u{6}@\u{4}\u{12}dO\u{3}@\u{4}4FP\u{3}\u{1}|\
        \u{12}\"images scanned for vulnerabilities\u{e}O\nD\u{4}\u{16}xQ\u{3}D\u{4}8ZR\u{3}\u{7f}\u{7}F\u{4}\
        \u{12}lR\u{3}F\u{4}0JS\u{3}\u{1}}\u{12}\u{13}build notifications\u{e}o\u{7}J\u{4}\u{16}^T\u{3}J\u{4}\
        $lT\u{3}Z\u{6}L\u{4}\u{12}~T\u{3}L\u{4}\u{18}DU\u{3}\u{1}~\u{12}\u{7}deploys\u{e}k\u{c}P\u{4}\u{16}@\
        V\u{3}P\u{4}(RV\u{3}Z\u{6}R\u{4}\u{12}dV\u{3}R\u{4}\u{18}jV\u{3}\u{1}~\u{12}\u{e}`\u{c}V\u{4}\u{16}f\
        W\u{3}V\u{4}$tW\u{3}k\u{c}X\u{4}\u{12}FX\u{3}X\u{4}$XX\u{3}\u{1}\u{7f}\u{12}\u{8}installs\u{e}X\u{7}\
        \\\u{4}\u{16}VY\u{3}\\\u{4}.nY\u{3}k\u{c}^\u{4}\u{12}@Z\u{3}^\u{4}$RZ\u{3}\u{1}@\u{13}\u{11}reads de\
        ployments\u{e}[\u{b}b\u{4}\u{16}b[\u{3}b\u{4}:F\\\u{3}R\rd\u{4}\u{12}X\\\u{3}d\u{4}(n\\\u{3}\u{1}A\
        \u{13}\u{f}Ingress objects\u{e}R\rh\u{4}\u{16}z]\u{3}h\u{4},P^\u{3}i\u{8}j\u{4}\u{12}b^\u{3}j\u{4}:J\
        _\u{3}\u{1}B\u{13}\u{1e}creates HTTP(S) load balancers\u{e}R\rn\u{4}\u{16}t`\u{3}n\u{4},Ja\u{3}\\\rp\
        \u{4}\u{12}\\a\u{3}p\u{4}0za\u{3}\u{1}C\u{13}\u{11}health check path\u{e}s\tt\u{4}\u{16}Jc\u{3}t\
        \u{4}:nc\u{3}~\tv\u{4}\u{12}@d\u{3}v\u{4}.\\d\u{3}\u{1}D\u{13}\u{7}resizes\u{e}b\u{f}z\u{4}\u{16}Xe\
        \u{3}z\u{4} be\u{3}Z\u{6}|\u{4}\u{12}te\u{3}|\u{4}\u{18}ze\u{3}\u{1}\\\u{5}\u{1}M\u{6}\"\u{16}^\"\"*\
        r\"\u{c}E\u{13}\u{c}mercari-2018F\u{13}#<built-in>/stacks/mercari-2018.yamlG\u{13}#Mercari microserv\
        ices on GKE (2018)H\u{13}]\u{1}API gateway and Go microservices on GKE, migrated from a monolith wit\
        h the strangler pattern.\u{1}I\u{13}\\\u{c}As presented at GCPUG Tokyo's Kubernetes Engine Day on 26\
         April 2018: the existing monolith stayed\nin a dedicated data centre at Sakura Internet while a new\
         Go API gateway on GKE fronted it and the\nnew services, which talk gRPC. Each country had one produ\
        ction cluster, each team a namespace, and\neach service its own GCP project for IAM; data went to ma\
        naged Google Cloud services.\n\nRings follow the notes' words, one mapping for every stack: adopt = \
        in use (\u{4f7f}\u{3063}\u{3066}\u{3044}\u{308b}, \"using\");\ntrial = \u{691c}\u{8a3c}\u{4e2d} (\"b\
        eing trialled\"); assess = wanted, planned or merely possible (\u{301c}\u{3057}\u{305f}\u{3044} \"wa\
        nt to\",\n\u{3064}\u{3082}\u{308a} \"intend to\", \u{307e}\u{3060} \"not yet\", \u{3067}\u{304d}\
        \u{308b}/\u{53ef}\u{80fd} \"can\"); hold = explicitly not used (\u{4f7f}\u{308f}\u{305a}\n\"without \
        using\"). Where a ring is an interpretation, the component says which phrase it rests on.\n\u{1}N\
        \u{12}\u{2}J\u{13}>https://speakerdeck.com/tcnksm/microservices-on-gke-at-mercariO\u{12}1\r\u{0}\
        \u{1}K\u{13}\u{14}mercari-dedicated-dc(\u{12}H&(:p&\u{1}L\u{13}'Dedicated data centre (Sakura Intern\
        et)\u{1}S\u{1},\u{1e}r(,B\u{1}V)T\u{12}\u{1}M\u{13}w\u{1}Where the existing monolith ran (\u{3055}\
        \u{304f}\u{3089}\u{30a4}\u{30f3}\u{30bf}\u{30fc}\u{30cd}\u{30c3}\u{30c8}\u{306e}\u{5c02}\u{7528}DC, \
        \"Sakura Internet's dedicated data centre\").\u{0}\u{0}(\n@&2\u{6}H.\r\u{0}\u{1}N\u{13}\u{10}mercari\
        -monolith2\u{12}T.22t.\u{1}O\u{13} Monolith (dedicated data centre)\u{1} 6\u{1e}h06H\u{1}R1T\u{12}\
        \u{1}P\u{13}@\u{1}The existing monolithic service, shrinking as features move out.\u{0}\u{0}2\nL.<\
        \u{6}N4\r\u{0}\u{1}Q\u{13}\u{13}mercari-api-gateway<\u{12}Z4<8@5\u{1}R\u{13}\u{1a}API gateway (in-ho\
        use, Go)\u{1}\u{1c}@\u{1}\u{1e}h6@\u{1}4~6T\u{12}\u{1}S\u{13}b\u{1}Single entry point in front of th\
        e monolith and the new services, written from scratch in pure Go.\u{0}\u{0}<\nR4F\u{1}\u{6}~:\r\u{0}\
        \u{1}T\u{13}\u{14}mercari-auth-serviceF\u{1}\u{12}J;F\u{1}:r;\u{1}U\u{13}%Authentication service (in\
        -house, Go)\u{1}V\u{1}J\u{1}\u{1e}p=J\u{1}<N>T\u{12}\u{1}V\u{13}I\u{1}Authentication that the gatewa\
        y needs, split out as a service of its own.\u{0}\u{0}F\u{1}\nB;P\u{1}\u{6}\\A\u{1}\r\u{0}\u{1}W\
        \u{13}\u{15}mercari-microservicesP\u{1}\u{12}hA\u{1}P\u{1}<RB\u{1}\u{1}X\u{13}\u{1c}Microservices (i\
        n-house, Go)\u{1} T\u{1}\u{1e}~C\u{1}T\u{1}H\u{1}hD\u{1}T\u{12}\u{1}Y\u{13}J\u{1}New services in con\
        tainers on GKE, one namespace and one GCP project each.\u{0}\u{0}P\u{1}\n`A\u{1}Z\u{1}\u{6}xG\u{1}\r\
        \u{1}J\u{6}Z\u{1}\u{16}HH\u{1}Z\u{1}0bH\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}Z\u{13}^\u{1}The target archi\
        tecture: small services with clear boundaries, each tested and deployed alone.\u{0}\u{0}Z\u{1}\n|G\
        \u{1}`\u{1}\u{6}^L\u{1}\r\u{1}|\u{5}`\u{1}\u{16}nL\u{1}`\u{1}<TM\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}[\
        \u{13}g\u{1}All client traffic goes through the gateway, so clients cannot tell the monolith from th\
        e new services.\u{0}\u{0}`\u{1}\nbL\u{1}f\u{1}\u{6}^Q\u{1}\r\u{1}b\u{11}f\u{1}\u{16}nQ\u{1}f\u{1}0HR\
        \u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}\\\u{13}I\u{1}Features move out of the monolith one by one behind th\
        e gateway's facade.\u{0}\u{0}f\u{1}\nbQ\u{1}l\u{1}\u{6}VU\u{1}\r\u{1}Z\u{6}l\u{1}\u{16}fU\u{1}l\u{1}\
        \u{1c}lU\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}]\u{13}Y\u{1}One production cluster per country; Japan also \
        had a development cluster to be folded in.\u{0}\u{0}l\u{1}\nZU\u{1}r\u{1}\u{6}^Y\u{1}\r\u{1}u\u{6}r\
        \u{1}\u{16}nY\u{1}r\u{1}*BZ\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}^\u{13}L\u{1}Operations work at the level\
         of 'deploy a container', whatever the language.\u{0}\u{0}r\u{1}\nbY\u{1}x\u{1}\u{6}V]\u{1}\r\u{1}~\
        \tx\u{1}\u{16}f]\u{1}x\u{1}2B^\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}_\u{13}E\u{1}n1-standard node pools, w\
        ith a high-memory pool for machine learning.\u{0}\u{0}x\u{1}\nZ]\u{1}~\u{1}\u{6}Ha\u{1}\r\u{1}D\n~\
        \u{1}\u{16}Xa\u{1}~\u{1}N\u{1}Pb\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}`\u{13}g\u{1}n1-standard for most no\
        des, HighMem only for machine learning (\u{57fa}\u{672c}\u{306f}n1-standard\u{3002}ML\u{3060}\
        \u{3051}HighMem).\u{0}\u{0}~\u{1}\nLa\u{1}D\u{2}\u{6}^f\u{1}\r\u{1}r\u{e}D\u{2}\u{16}nf\u{1}D\u{2}@\
        \u{1}Xg\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}a\u{13}#One namespace per service and team.\u{0}\u{0}D\u{2}\n\
        bf\u{1}J\u{2}\u{6}Zi\u{1}\r\u{1}b\u{8}J\u{2}\u{16}ji\u{1}J\u{2}4Hj\u{1}\u{0}\u{0}\u{0}\\\u{12}\u{1}b\
        \u{13}l\u{1}RBAC per namespace was wanted but not in place (\u{3064}\u{3051}\u{3066}\u{3044}\u{304d}\
        \u{305f}\u{3044}\u{ff08}\u{307e}\u{3060}\u{ff09}, \"want to add (not yet)\").\u{0}\u{0}J\u{2}\n^i\
        \u{1}P\u{2}\u{6}fn\u{1}\r\u{1}@\u{7}P\u{2}\u{16}vn\u{1}P\u{2}(Ho\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}c\
        \u{13}7IAM is coarse, so IAM was assigned per service project.\u{0}\u{0}P\u{2}\njn\u{1}V\u{2}\u{6}rq\
        \u{1}\r\u{1}d\u{8}V\u{2}\u{16}Br\u{1}V\u{2}@\u{1}lr\u{1}\u{0}\u{0}\u{0}T\u{12}\u{1}d\u{13}V\u{1}The \
        unit of isolation: one GCP project per service, created by a script and Terraform.\u{0}\u{0}V\u{2}\n\
        vq\u{1}\\\u{2}\u{6}Xv\u{1}\r\u{1}O\u{c}\\\u{2}\u{16}hv\u{1}\\\u{2}\u{1e}pv\u{1}\u{0}\u{0}\u{0}T\
        \u{12}\u{1}e\u{13}L\u{1}Gateway and services talk gRPC: no more REST fatigue or JSON type ambiguity.\
        \u{0}\u{0}\\\u{2}\n\\v\u{1}b\u{2}\u{6}Hz\u{1}\r\u{1}Y\u{c}b\u{2}\u{16}Xz\u{1}b\u{2}6xz\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}f\u{13}I\u{1}API definitions, with client and server code generated for each l\
        anguage.\u{0}\u{0}b\u{2}\nLz\u{1}h\u{2}\u{6}F~\u{1}\r\u{1}a\nh\u{2}\u{16}V~\u{1}h\u{2}\"b~\u{1}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}g\u{13}1Every microservice is built as a container image.\u{0}\u{0}h\u{2}\nJ~\
        \u{1}n\u{2}\u{6}@A\u{2}\r\u{1}f\u{7}n\u{2}\u{16}PA\u{2}n\u{2}&`A\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}h\
        \u{13}^\u{1}Builds the container images; easier than Container Builder for notifications and integra\
        tions.\u{0}\u{0}n\u{2}\nDA\u{2}t\u{2}\u{6}\\E\u{2}\r\u{1}k\u{c}t\u{2}\u{16}lE\u{2}t\u{2}(~E\u{2}\
        \u{0}\u{0}\u{0}T\u{12}\u{1}i\u{13}/Deploys the images that CircleCI builds to GKE.\u{0}\u{0}t\u{2}\n\
        `E\u{2}z\u{2}\u{6}XH\u{2}\r\u{1}O\u{11}z\u{2}\u{16}hH\u{2}z\u{2}D\u{1}VI\u{2}\u{0}\u{0}\u{0}\\\u{12}\
        \u{1}j\u{13}q\u{1}Deployment settings as YAML are possible with it (\u{4f7f}\u{3046}\u{3068}\u{2026}\
        \u{6307}\u{5b9a}\u{3082}\u{53ef}\u{80fd}, \"using it, \u{2026} is also possible\").\u{0}\u{0}z\u{2}\
        \n\\H\u{2}@\u{3}\u{6}~M\u{2}\r\u{1}K\u{e}@\u{3}\u{16}NN\u{2}@\u{3}$\\N\u{2}\u{0}\u{0}\u{0}\\\u{12}\
        \u{1}k\u{13}i\u{1}Scored, automated canary releases are possible with it (\u{4f7f}\u{3048}\u{3070}\
        \u{2026}\u{51fa}\u{6765}\u{308b}, \"if you use it, you can\").\u{0}\u{0}@\u{3}\nBN\u{2}F\u{3}\u{6}tR\
        \u{2}\r\u{1}X\u{2}F\u{3}\u{16}DS\u{2}F\u{3}2`S\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}l\u{13}N\u{2}Spinnake\
        r can do canary releases on the cluster (\u{30ab}\u{30ca}\u{30ea}\u{30fc}\u{30ea}\u{30ea}\u{30fc}\
        \u{30b9}\u{306a}\u{3069}\u{304c}\u{3067}\u{304d}\u{308b}, \"can do canary releases\"); not said to b\
        e in use.\u{0}\u{0}F\u{3}\nxR\u{2}L\u{3}\u{6}BY\u{2}\r\u{1}l\u{11}L\u{3}\u{16}RY\u{2}L\u{3}(dY\u{2}\
        \u{0}\u{0}\u{0}T\u{12}\u{1}m\u{13}u\u{1}Creates Cloud SQL and Spanner instances and GCP projects fro\
        m a dedicated repository, applied by CI on pull requests.\u{0}\u{0}L\u{3}\nFY\u{2}R\u{3}\u{6}J^\u{2}\
        \r\u{1}M\u{3}R\u{3}\u{16}Z^\u{2}R\u{3}B\u{1}F_\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}n\u{13}@\u{1}All manag\
        ed infrastructure, including new GCP projects, is code.\u{0}\u{0}R\u{3}\nN^\u{2}X\u{3}\u{6}Bb\u{2}\r\
        \u{1}`\tX\u{3}\u{16}Rb\u{2}X\u{3}(db\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}o\u{13}*Managed relational datab\
        ases for services.\u{0}\u{0}X\u{3}\nFb\u{2}^\u{3}\u{6}td\u{2}\r\u{1}T\t^\u{3}\u{16}De\u{2}^\u{3}0^e\
        \u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}p\u{13}5Managed, horizontally scalable database for services.\u{0}\
        \u{0}^\u{3}\nxd\u{2}d\u{3}\u{6}Dh\u{2}\r\u{1}b\u{f}d\u{3}\u{16}Th\u{2}d\u{3} ^h\u{2}\u{0}\u{0}\u{0}T\
        \u{12}\u{1}q\u{13}a\u{1}Ran on Kubernetes (Redis\u{306f}k8s\u{306b}\u{8f09}\u{3063}\u{3066}\u{3044}\
        \u{308b}, \"Redis is on k8s\"); to move to a managed Redis.\u{0}\u{0}d\u{3}\nHh\u{2}j\u{3}\u{6}dl\
        \u{2}\r\u{1}[\u{f}j\u{3}\u{16}tl\u{2}j\u{3},Jm\u{2}\u{0}\u{0}\u{0}\\\u{12}\u{1}r\u{13}^\u{1}Managed \
        Redis, announced in beta that day (\u{305d}\u{3063}\u{3061}\u{306b}\u{3046}\u{3064}\u{308a}\u{305f}\
        \u{3044}, \"want to move there\").\u{0}\u{0}j\u{3}\nhl\u{2}p\u{3}\u{6}Lq\u{2}\r\u{1}w\u{8}p\u{3}\
        \u{16}\\q\u{2}p\u{3}0vq\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}s\u{13}m\u{2}Logs gathered in Stackdriver (St\
        ackdriver\u{306b}\u{307e}\u{3068}\u{3081}\u{3066}); Stackdriver Logging sank each service's logs int\
        o a BigQuery dataset of its own, so teams saw only their own logs.\u{0}\u{0}p\u{3}\nPq\u{2}v\u{3}\
        \u{6}Px\u{2}\r\u{1}z\u{6}v\u{3}\u{16}`x\u{2}v\u{3}&px\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}t\u{13}5One dat\
        aset per service receives that service's logs.\u{0}\u{0}v\u{3}\nTx\u{2}|\u{3}\u{6}V{\u{2}\r\u{1}H\t|\
        \u{3}\u{16}f{\u{2}|\u{3}$t{\u{2}\u{0}\u{0}\u{0}T\u{12}\u{1}u\u{13}I\u{1}Main monitoring, chosen over\
         Stackdriver Monitoring for its integrations.\u{0}\u{0}|\u{3}\nZ{\u{2}B\u{4}\u{6}B\u{7f}\u{2}\r\u{1}\
        R\u{f}B\u{4}\u{16}R\u{7f}\u{2}B\u{4}&b\u{7f}\u{2}\u{0}\u{0}\u{0}v\u{13}\u{5}trial\u{1}w\u{13}R\u{1}D\
        atadog with Logmatic for logs (Datadog + Logmatic\u{3092}\u{691c}\u{8a3c}\u{4e2d}, \"being trialled\
        \").\u{0}\u{0}B\u{4}\nF\u{7f}\u{2}H\u{4}\u{6}JC\u{3}\r\u{1}Q\u{b}H\u{4}\u{16}ZC\u{3}H\u{4}\"fC\u{3}\
        \u{0}\u{0}\u{0}T\u{12}\u{1}x\u{13}7Error tracking, instead of Stackdriver Error Reporting.\u{0}\u{0}\
        H\u{4}\nNC\u{3}N\u{4}\u{6}PF\u{3}\r\u{1}[\u{b}N\u{4}\u{16}`F\u{3}N\u{4}:DG\u{3}\u{0}\u{0}\u{0}T\
        \u{12}\u{1}y\u{13}2Exposes services; its hostnames drive DNS records.\u{0}\u{0}N\u{4}\nTF\u{3}T\u{4}\
        \u{6}hI\u{3}\r\u{1}S\u{b}T\u{4}\u{16}xI\u{3}T\u{4}.PJ\u{3}\u{0}\u{0}\u{0}T\u{12}\u{1}z\u{13}=Registe\
        rs each Ingress's hostname in Cloud DNS automatically.\u{0}\u{0}T\u{4}\nlI\u{3}Z\u{4}\u{6}FM\u{3}\r\
        \u{1}G\u{8}Z\u{4}\u{16}VM\u{3}Z\u{4}(hM\u{3}\u{0}\u{0}\u{0}T\u{12}\u{1}{\u{13}\u{14}Hosts the DNS zo\
        nes.\u{0}\u{0}Z\u{4}\nJM\u{3}`\u{4}\u{6}LO\u{3}\r\u{1}r\u{8}`\u{4}\u{16}\\O\u{3}`\u{4}.tO\u{3}\u{0}\
        \u{0}\u{0}T\u{12}\u{1}|\u{13}L\u{3}TLS certificates, set up per cluster (\u{30af}\u{30e9}\u{30b9}\
        \u{30bf}\u{30fc}\u{304c}\u{5897}\u{3048}\u{308b}\u{305f}\u{3073}\u{306b}Let's encrypt\u{3068}\
        \u{304b}\u{3057}\u{305f}\u{304f}\u{306a}\u{3044}, \"don't want to do Let's Encrypt for every new clu\
        ster\"); adopt is an inference from that wish.\u{0}\u{0}`\u{4}\nPO\u{3}f\u{4}\u{6}PW\u{3}\r\u{1}s\
        \u{c}f\u{4}\u{16}`W\u{3}f\u{4}*tW\u{3}\u{0}\u{0}\u{0}T\u{12}\u{1}}\u{13}=Backs up the contents of Ku\
        bernetes volumes to Cloud Storage.\u{0}\u{0}f\u{4}\nTW\u{3}l\u{4}\u{6}jZ\u{3}\r\u{1}\u{7f}\u{8}l\
        \u{4}\u{16}zZ\u{3}l\u{4}0T[\u{3}\u{0}\u{0}\u{0}T\u{12}\u{1}~\u{13}\u{16}Holds the Ark backups.\u{0}\
        \u{0}l\u{4}\nnZ\u{3}r\u{4}\u{6}|\\\u{3}\r\u{1}e\rr\u{4}\u{16}L]\u{3}r\u{4} V]\u{3}\u{0}\u{0}\u{0}\\\
        \u{12}\u{1}\u{7f}\u{13}x\u{1}Planned service mesh, for authentication and circuit breaking through E\
        nvoy sidecars (\u{4f7f}\u{3046}\u{3064}\u{3082}\u{308a}, \"intend to use\").\u{0}\u{0}r\u{4}\n@]\
        \u{3}x\u{4}\u{6}Lb\u{3}\r\u{1}}\nx\u{4}\u{16}\\b\u{3}x\u{4} fb\u{3}\u{0}\u{0}\u{0}\\\u{12}\u{1}@\
        \u{14}*The sidecar proxy that Istio would inject.\u{0}\u{0}x\u{4}\nPb\u{3}~\u{4}\u{6}xd\u{3}\r\u{1}F\
        \u{b}~\u{4}\u{16}He\u{3}~\u{4}$Ve\u{3}\u{0}\u{0}\u{0}\\\u{12}\u{1}A\u{14}O\u{1}How Istio would injec\
        t Envoy beside each service (\u{30b5}\u{30a4}\u{30c9}\u{30ab}\u{30fc}\u{30d1}\u{30bf}\u{30fc}\
        \u{30f3}).\u{0}\u{0}~\u{4}\n|d\u{3}D\u{5}\u{6}rh\u{3}\r\u{1}r\u{7}D\u{5}\u{16}Bi\u{3}D\u{5}4`i\u{3}\
        \u{0}\u{0}\u{0}\\\u{12}\u{1}B\u{14}F\u{1}One of the things Istio would handle (\u{30b5}\u{30fc}\
        \u{30ad}\u{30c3}\u{30c8}\u{30d6}\u{30ec}\u{30fc}\u{30ab}\u{30fc}).\u{0}\u{0}D\u{5}\nvh\u{3}J\u{5}\
        \u{6}jl\u{3}\r\u{1}G\u{c}J\u{5}\u{16}zl\u{3}J\u{5}$Hm\u{3}\u{0}\u{0}\u{0}v\u{13}\u{1}C\u{14}E\u{1}Ch\
        aos experiments from a GUI (Gremlin\u{3092}\u{691c}\u{8a3c}\u{4e2d}, \"being trialled\").\u{0}\u{0}J\
        \u{5}\nnl\u{3}P\u{5}\u{6}Vp\u{3}\r\u{1}O\nP\u{5}\u{16}fp\u{3}P\u{5}8Hq\u{3}\u{0}\u{0}\u{0}`\u{12}\
        \u{1}D\u{14}G\u{1}Not used: CircleCI integrates more easily (\u{4f7f}\u{308f}\u{305a}, \"without usi\
        ng\").\u{0}\u{0}P\u{5}\nZp\u{3}V\u{5}\u{6}Xt\u{3}\r\u{1}B\tV\u{5}\u{16}ht\u{3}V\u{5}6Hu\u{3}\u{0}\
        \u{0}\u{0}`\u{12}\u{1}E\u{14}?Not used: Datadog instead (Stackdriver Monitoring\u{306f}\u{4f7f}\
        \u{308f}\u{305a}).\u{0}\u{0}V\u{5}\n\\t\u{3}\\\u{5}\u{6}Dx\u{3}\r\u{1}K\u{b}\\\u{5}\u{16}Tx\u{3}\\\
        \u{5}4rx\u{3}\u{0}\u{0}\u{0}`\u{12}\u{1}F\u{14}C\u{1}Not used: Sentry instead (Stackdriver Error Rep\
        orting\u{3082}\u{4f7f}\u{308f}\u{305a}).\u{0}\u{0}\\\u{5}\nHx\u{3}b\u{5}\u{2}r{\u{3}\u{12}\u{e}f\
        \u{7}d\u{5}\u{16}T|\u{3}d\u{5}&d|\u{3}k\u{c}f\u{5}\u{12}v|\u{3}f\u{5}$H}\u{3}\u{1}G\u{14}\u{10}conta\
        iner images\u{e}k\u{c}j\u{5}\u{16}V~\u{3}j\u{5}(h~\u{3}Z\u{6}l\u{5}\u{12}z~\u{3}l\u{5}\u{18}@\u{7f}\
        \u{3}\u{1}~\u{12}\u{e}l\u{11}p\u{5}\u{16}|\u{7f}\u{3}p\u{5}(N@\u{4}`\tr\u{5}\u{12}`@\u{4}r\u{5}$r@\
        \u{4}\u{1}H\u{14}\u{11}creates instances\u{e}l\u{11}v\u{5}\u{16}BB\u{4}v\u{5}(TB\u{4}T\tx\u{5}\u{12}\
        fB\u{4}x\u{5},@C\u{4}\u{1}H\u{14}\u{e}l\u{11}|\u{5}\u{16}PD\u{4}|\u{5}(bD\u{4}d\u{8}~\u{5}\u{12}tD\
        \u{4}~\u{5}<^E\u{4}\u{1}I\u{14}\u{1d}creates a project per service\u{e}@\u{7}B\u{6}\u{16}FG\u{4}B\
        \u{6}(XG\u{4}d\u{8}D\u{6}\u{12}jG\u{4}D\u{6}<TH\u{4}\u{1}J\u{14}\u{18}IAM assigned per project\u{e}N\
        \u{13}H\u{6}\u{16}rI\u{4}H\u{6}6RJ\u{4}K\u{13}J\u{6}\u{12}dJ\u{4}J\u{6}:LK\u{4}\u{1}K\u{14}\u{7}runs\
         in\u{e}Q\u{13}N\u{6}\u{16}HL\u{4}N\u{6}<nL\u{4}T\u{13}P\u{6}\u{12}@M\u{4}P\u{6}:hM\u{4}\u{1}L\u{14}\
        \u{16}authenticates requests\u{e}Q\u{13}T\u{6}\u{16}BO\u{4}T\u{6}<hO\u{4}W\u{13}V\u{6}\u{12}zO\u{4}V\
        \u{6}<dP\u{4}\u{1}Q\u{c}\u{e}Q\u{13}Z\u{6}\u{16}ZQ\u{4}Z\u{6}<@R\u{4}N\u{13}\\\u{6}\u{12}RR\u{4}\\\
        \u{6}2rR\u{4}\u{1}M\u{14}\u{19}requests not yet migrated\u{e}W\u{13}`\u{6}\u{16}RT\u{4}`\u{6}@\u{1}|\
        T\u{4}Z\u{6}b\u{6}\u{12}NU\u{4}b\u{6}\u{18}TU\u{4}\u{1}N\u{14}\u{6}run on\u{e}W\u{13}f\u{6}\u{16}NV\
        \u{4}f\u{6}@\u{1}xV\u{4}T\th\u{6}\u{12}JW\u{4}h\u{6},dW\u{4}\u{1}O\u{14}\u{c}managed data\u{e}W\
        \u{13}l\u{6}\u{16}jX\u{4}l\u{6}@\u{1}TY\u{4}w\u{8}n\u{6}\u{12}fY\u{4}n\u{6},@Z\u{4}\u{1}P\u{14}\u{4}\
        logs\u{e}w\u{8}r\u{6}\u{16}vZ\u{4}r\u{6}0P[\u{4}z\u{6}t\u{6}\u{12}b[\u{4}t\u{6}\"r[\u{4}\u{1}Q\u{14}\
        \u{14}log sink per service\u{e}b\u{f}x\u{6}\u{16}H]\u{4}x\u{6} R]\u{4}Z\u{6}z\u{6}\u{12}d]\u{4}z\
        \u{6}\u{18}j]\u{4}\u{1}\\\u{5}\u{e}~\t~\u{6}\u{16}f^\u{4}~\u{6}2B_\u{4}D\n@\u{7}\u{12}T_\u{4}@\u{7}J\
        \u{1}L`\u{4}\u{1}R\u{14}\u{1e}n1-standard, n1-highmem for ML\u{e}S\u{b}D\u{7}\u{16}va\u{4}D\u{7}.Nb\
        \u{4}G\u{8}F\u{7}\u{12}`b\u{4}F\u{7}$rb\u{4}\u{1}S\u{14}\u{1d}DNS records for Ingress hosts\u{e}s\
        \u{c}J\u{7}\u{16}Zd\u{4}J\u{7}*nd\u{4}\u{7f}\u{8}L\u{7}\u{12}@e\u{4}L\u{7},Ze\u{4}\u{1}T\u{14}\u{e}v\
        olume backups\u{1}M\u{6}\u{1e}\u{16}N!\u{1e}*b!\u{0}Z\u{2}\u{0}\u{1}\u{f}\u{3}U\u{14}\tquadrants\
        \u{16}D\u{6}\u{4}\u{10}\u{2}\u{13}\u{0}V\u{14}\tPlatformsv\u{4}\u{1a}rh\u{2}v\u{4},Di\u{2}\u{2}+x\
        \u{4}(li\u{2}x\u{4}6zi\u{2}\u{1a}x\u{4}:~i\u{2}x\u{4}B\u{1}Fj\u{2}\u{10}h\u{1}z\u{4}\u{1a}bj\u{2}z\
        \u{4}.vj\u{2}\u{1}\u{1f}|\u{4}(^k\u{2}|\u{4}<rk\u{2}\u{10}W\u{14}\nTechniques~\u{4}\u{1a}Nl\u{2}~\
        \u{4}.bl\u{2}\u{1}#@\u{5}(Jm\u{2}@\u{5}8Zm\u{2}\u{10}X\u{14}\u{5}ToolsB\u{5}\u{1a}vm\u{2}B\u{5}$@n\
        \u{2}\u{4}5D\u{5}(hn\u{2}D\u{5}8xn\u{2}<D\u{5}<|n\u{2}D\u{5}V\u{1}Vo\u{2}'D\u{5}Z\u{1}Zo\u{2}D\u{5}r\
        \u{1}ro\u{2}A\u{2}D\u{5}v\u{1}vo\u{2}D\u{5}F\u{2}Fp\u{2}\u{1b}v\u{4}\nbh\u{2}F\u{5}\u{2}Jp\u{2}\u{0}\
        \u{11}'\u{17}\u{1c} $(,/269=@\u{1}\u{1a}E\u{1}5J\u{1}M\u{1}P\u{1}S\u{1}V\u{1}Y\u{1}\\\u{1}_\u{1}b\
        \u{1}e\u{1}\u{1f}j\u{1}<o\u{1}#t\u{1}'y\u{1}|\u{1}+A\u{2}D\u{2}G\u{2}J\u{2}\u{0}\u{2}\u{4}\u{6}\u{8}\
        \n\u{c}\u{e}\u{10}\u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\
        \u{1}H\u{1}J\u{1}L\u{1}\u{12}3M\u{2}\u{1c}R\u{2}U\u{2}X\u{2}[\u{2}^\u{2}a\u{2}d\u{2}g\u{2}j\u{2}m\
        \u{2}p\u{2}r\u{2}t\u{2}w\u{2}z\u{2}}\u{2}@\u{3}P\u{1}D\u{3}G\u{3}J\u{3}M\u{3}Y\u{1}R\u{3}U\u{3}X\
        \u{3}[\u{3}^\u{3}a\u{3}d\u{3}g\u{3}j\u{3}m\u{3}p\u{3}j\u{1}t\u{3}w\u{3}z\u{3}}\u{3}|\u{1}B\u{4}E\
        \u{4}H\u{4}G\u{2}L\u{4}O\u{4}R\u{4}U\u{4}J\u{2}\u{0}\u{2}\u{4}\u{6}\u{8}\n\u{c}\u{e}\u{10}\u{12}\
        \u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\u{1}H\u{1}J\u{1}L\u{1}N\
        \u{1}P\u{1}R\u{1}T\u{1}V\u{1}X\u{1}Z\u{1}\\\u{1}^\u{1}`\u{1}b\u{1}d\u{1}\u{13}\u{10}_\u{4}g\u{4}l\
        \u{4}q\u{4}v\u{4}{\u{4}@\u{5}E\u{5}H\u{5}L\u{5}P\u{5}T\u{5}W\u{5}[\u{5}_\u{5}d\u{5}\u{0}\u{2}\u{4}\
        \u{6}\u{8}\n\u{c}\u{e}\u{10}\u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e}\u{14}H\u{1}|\u{5}N\u{6}]\u{6}\
        R\u{2}m\u{6}z\u{6}U\u{2}H\u{7}X\u{2}9X\u{7}f\u{7}r\u{7}n\u{7}G\u{8}\u{7f}\u{7}@\u{7}i\u{8}w\u{8}B\te\
        \u{6}T\t`\t\u{7f}\u{8}s\tD\nO\nH\ta\no\n}\nK\u{b}S\u{b}Z\u{6}~\t}\u{8}d\u{8}G\u{c}O\u{c}`\u{c}s\u{c}\
        D\rM\u{3}R\re\ro\u{7}|\rK\u{e}Y\u{e}u\u{6}[\u{b}r\u{e}b\u{8}r\u{8}R\u{f}[\u{f}J\u{6}w\no\u{f}Y\u{c}E\
        \u{10}\\\rb\u{f}Q\u{b}F\u{b}w\u{10}k\u{c}O\u{11}[\u{11}b\u{11}l\u{11}|\u{c}\u{0}\u{2}\u{4}\u{6}\u{8}\
        \n\u{c}\u{e}\u{10}\u{12}\u{14}\u{16}\u{18}\u{1a}\u{1c}\u{1e} \"$&(*,.02468:<>@\u{1}B\u{1}D\u{1}F\
        \u{1}H\u{1}J\u{1}L\u{1}N\u{1}P\u{1}R\u{1}T\u{1}V\u{1}X\u{1}Z\u{1}\\\u{1}^\u{1}`\u{1}b\u{1}d\u{1}f\
        \u{1}h\u{1}j\u{1}l\u{1}n\u{1}p\u{1}r\u{1}t\u{1}v\u{1}x\u{1}z\u{1}|\u{1}~\u{1}@\u{2}B\u{2}D\u{2}F\
        \u{2}H\u{2}J\u{2}L\u{2}N\u{2}\u{15}\u{2}I\u{12}E\u{13}\u{0}\u{2}\u{16}\u{0}\u{17}I\u{1}\u{1d}n\u{8}|\
        \tT\u{8}a\u{f}z\u{b}O\tZ\tc\u{6}U\nu\nv\ns\u{6}W\u{6}~\u{7}Z\rB\u{c}C\u{c}n\tf\u{b}Y\rF\u{6}X\u{6}}\
        \u{7}U\u{8}p\u{8}o\ty\u{b}e\u{b}`\u{11}J\rq\u{8}o\u{8}`\u{8}Q\ra\u{8}P\u{3}C\u{e}D\u{e}U\u{11}M\u{f}\
        W\u{f}u\u{f}n\u{f}A\u{f}D\u{c}}\u{10}v\u{10}V\u{11}P\u{b}|\u{8}G\th\u{11}g\u{11}z\u{c}d\u{6}S\u{b}j\
        \u{c}E\u{e}g\u{e}h\u{e}^\u{e}L\u{f}J\nL\nK\nx\u{e}A\u{10}P\tO\u{10}Z\u{10}Y\u{10}F\u{11}\u{0}\"0\
        \u{1e}n\u{1}F\u{1}(*\u{4}4::\u{8}\u{2}\u{1a}V\u{1}H\u{1}H\u{1}.B\u{1}V\u{1}\u{0}\u{2}\u{1a}\u{1e}\".\
        F\u{1}B\u{1}H\u{2}R\u{1}\"\" T\u{1} d\u{1}\\\u{1}\\\u{1}F\u{2}j\u{1}l\u{1}r\u{1}p\u{1}h\u{1}H\u{1}B\
        \u{2}@\u{2}F\u{2}>$&J\u{2}J\u{2}P\u{1}\u{4}@\u{1}N\u{1}\\\u{1}b\u{1}b\u{1}`\u{1}j\u{1}222f\u{1}v\
        \u{1}(x\u{1}z\u{1}z\u{1}D\u{2}\u{18}\t\u{15}Y\u{14}\u{8}childrenZ\u{14}\u{5}order[\u{14}\u{5}start\\\
        \u{14}\u{3}end]\u{14}\u{5}depth^\u{14}\u{3}top_\u{14}\u{b}shownParent`\u{14}\u{6}cycles'\u{18}2:>D\
        \u{1}\u{18}\u{18}\u{1c}26\u{1c}\u{1c}\u{1}\u{18}\u{1}:26D\u{1}>26D\u{1}\u{18}6\u{1}\u{18}\u{1}D\u{1}\
        \u{1}:\u{1}22\u{1}\u{1}D\u{1}2F\u{1}'\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\
        \u{6}\u{0}\n\u{c}\u{1a}.4\u{0}\u{3}\u{e}\u{14}\u{16}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\
        \u{0}\u{7}\u{2}\u{10} (@\u{1}B\u{1}J\u{1}\u{0}\u{4}\u{12}\"*0\u{0}\u{3}\u{4}\u{1e}<\u{0}\u{2}\u{6}&\
        \u{0}\u{0}\u{5}\u{8}$,8H\u{1}\u{1}L\u{1}\u{0}\u{0}\u{0}'\u{18}\u{0}\n\u{c}\u{1a}.4\u{1c}\u{e}\u{14}\
        \u{16}2\u{2}\u{10} (@\u{1}B\u{1}J\u{1}6\u{12}\"*0:\u{4}\u{1e}<>\u{6}&D\u{1}\u{8}$,8H\u{1}F\u{1}L\
        \u{1}'\u{2}\u{18}2:@\u{1}\u{4}\u{6}\u{10}\u{1a}(\u{12}\u{14}\u{0}\u{8}\u{e}4\u{1c}*B\u{1}<\u{1e},D\
        \u{1}\n.\u{16}\u{c}&F\u{1}068 \">J\u{1}H\u{1}$L\u{1}'\u{4}\u{1a}4<B\u{1}\u{6}\u{8}\u{12}\u{1c}*\
        \u{14}\u{16}\u{e}\n\u{16}6\u{1e},D\u{1}> .F\u{1}\u{c}0&\u{e}0H\u{1}88>\"$J\u{1}N\u{1}J\u{1}&N\u{1}'\
        \u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{2}\u{0}\u{2}\u{0}\u{2}\u{2}\u{2}\u{2}\u{2}\
        \u{2}\u{2}\u{2}\u{2}\u{2}\u{0}\u{2}\u{0}\u{2}\u{0}\u{2}\u{0}\u{2}\u{2}\u{0}\u{0}\u{2}\u{2}\u{2}'\
        \u{18}2:>D\u{1}\u{18}\u{18}\u{1c}26\u{1c}\u{1c}\u{18}\u{18}\u{1c}:26D\u{1}>26D\u{1}\u{18}62\u{18}6D\
        \u{1}::>22D\u{1}F\u{1}D\u{1}2F\u{1}'\u{18}2:>D\u{1}\u{18}\u{18}\u{1c}26\u{1c}\u{1c}\u{1}\u{18}\u{1}:\
        26D\u{1}>26D\u{1}\u{18}6\u{1}\u{18}\u{1}D\u{1}\u{1}:\u{1}22\u{1}\u{1}D\u{1}2F\u{1}\u{0}
        """
}
