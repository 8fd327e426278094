/**
 * core/v1 schemas (k8s.io/api/core/v1/types.go): Pod and everything inside PodSpec, Node,
 * ConfigMap, Secret, Namespace, PersistentVolumeClaim, ReplicationController.
 */
import { labelSelector, objectMeta, topLevel } from './meta.js';
import { any, bool, int, int64, intstr, list, map, obj, qty, str, stringMap, strings, unmodeled } from './schema.js';
const keyRef = obj({ name: str, key: str, optional: bool });
const objectFieldSelector = obj({ apiVersion: str, fieldPath: str });
const resourceFieldSelector = obj({ containerName: str, resource: str, divisor: qty });
export const envVar = obj({
    name: str,
    value: str,
    valueFrom: obj({
        configMapKeyRef: keyRef,
        secretKeyRef: keyRef,
        fieldRef: objectFieldSelector,
        resourceFieldRef: resourceFieldSelector,
        fileKeyRef: unmodeled(obj({ volumeName: str, path: str, key: str, optional: bool })),
    }),
});
export const envFromSource = obj({ prefix: str, configMapRef: obj({ name: str, optional: bool }),
    secretRef: obj({ name: str, optional: bool }) });
export const containerPort = obj({ name: str, hostPort: int, containerPort: int, protocol: str, hostIP: str });
export const volumeMount = obj({ name: str, readOnly: bool, recursiveReadOnly: unmodeled(str), mountPath: str,
    subPath: str, mountPropagation: unmodeled(str), subPathExpr: str });
export const resourceList = map(qty);
export const resourceRequirements = obj({ limits: resourceList, requests: resourceList,
    claims: unmodeled(list(obj({ name: str, request: str }))) });
const execAction = obj({ command: strings });
const httpGetAction = obj({ path: str, port: intstr, host: str, scheme: str,
    httpHeaders: list(obj({ name: str, value: str })) });
const tcpSocketAction = obj({ port: intstr, host: str });
const grpcAction = obj({ port: int, service: str });
export const probe = obj({
    exec: execAction, httpGet: httpGetAction, tcpSocket: tcpSocketAction, grpc: grpcAction,
    initialDelaySeconds: int, timeoutSeconds: int, periodSeconds: int, successThreshold: int, failureThreshold: int,
    terminationGracePeriodSeconds: int64,
});
export const lifecycleHandler = obj({ exec: execAction, httpGet: httpGetAction, tcpSocket: tcpSocketAction,
    sleep: obj({ seconds: int }) });
export const lifecycle = obj({ postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: unmodeled(str) });
const capabilities = obj({ add: strings, drop: strings });
const seLinuxOptions = obj({ user: str, role: str, type: str, level: str });
const seccompProfile = obj({ type: str, localhostProfile: str });
const appArmorProfile = obj({ type: str, localhostProfile: str });
const windowsOptions = obj({ gmsaCredentialSpecName: str, gmsaCredentialSpec: str, runAsUserName: str,
    hostProcess: bool });
/** core/v1 SecurityContext (container). Identity and privilege fields are shown; kernel policy is not simulated. */
export const securityContext = obj({
    capabilities, privileged: bool, runAsUser: int64, runAsGroup: int64, runAsNonRoot: bool, readOnlyRootFilesystem: bool,
    allowPrivilegeEscalation: bool,
    seLinuxOptions: unmodeled(seLinuxOptions), windowsOptions: unmodeled(windowsOptions), procMount: unmodeled(str),
    seccompProfile: unmodeled(seccompProfile), appArmorProfile: unmodeled(appArmorProfile),
});
/** core/v1 PodSecurityContext. */
export const podSecurityContext = obj({
    runAsUser: int64, runAsGroup: int64, runAsNonRoot: bool, fsGroup: int64, supplementalGroups: list(int64),
    seLinuxOptions: unmodeled(seLinuxOptions), windowsOptions: unmodeled(windowsOptions),
    supplementalGroupsPolicy: unmodeled(str), fsGroupChangePolicy: unmodeled(str),
    sysctls: unmodeled(list(obj({ name: str, value: str }))), seccompProfile: unmodeled(seccompProfile),
    appArmorProfile: unmodeled(appArmorProfile), seLinuxChangePolicy: unmodeled(str),
});
const containerFields = {
    name: str, image: str, command: strings, args: strings, workingDir: str, ports: list(containerPort),
    envFrom: list(envFromSource), env: list(envVar), resources: resourceRequirements,
    resizePolicy: unmodeled(list(obj({ resourceName: str, restartPolicy: str }))),
    restartPolicy: str,
    restartPolicyRules: list(obj({ action: str, exitCodes: obj({ operator: str, values: list(int) }) })),
    volumeMounts: list(volumeMount), volumeDevices: unmodeled(list(obj({ name: str, devicePath: str }))),
    livenessProbe: probe, readinessProbe: probe, startupProbe: probe, lifecycle,
    terminationMessagePath: str, terminationMessagePolicy: str, imagePullPolicy: str, securityContext,
    stdin: bool, stdinOnce: bool, tty: bool,
};
export const container = obj(containerFields);
const ephemeralContainer = obj({ ...containerFields, targetContainerName: str });
const keyToPath = list(obj({ key: str, path: str, mode: int }));
const projection = obj({
    configMap: obj({ name: str, items: keyToPath, optional: bool }),
    secret: obj({ name: str, items: keyToPath, optional: bool }),
    downwardAPI: obj({ items: list(obj({ path: str, fieldRef: objectFieldSelector,
            resourceFieldRef: resourceFieldSelector, mode: int })) }),
    serviceAccountToken: obj({ audience: str, expirationSeconds: int64, path: str }),
    clusterTrustBundle: unmodeled(),
    podCertificate: unmodeled(),
});
/**
 * core/v1 Volume. emptyDir, configMap, secret, persistentVolumeClaim (and the descriptive
 * hostPath, projected, downwardAPI) are accepted; the many storage back-ends are warnings.
 */
export const volume = obj({
    name: str,
    emptyDir: obj({ medium: str, sizeLimit: qty }),
    configMap: obj({ name: str, items: keyToPath, defaultMode: int, optional: bool }),
    secret: obj({ secretName: str, items: keyToPath, defaultMode: int, optional: bool }),
    persistentVolumeClaim: obj({ claimName: str, readOnly: bool }),
    hostPath: obj({ path: str, type: str }),
    projected: obj({ sources: list(projection), defaultMode: int }),
    downwardAPI: obj({ items: list(obj({ path: str, fieldRef: objectFieldSelector,
            resourceFieldRef: resourceFieldSelector, mode: int })), defaultMode: int }),
    ephemeral: unmodeled(), csi: unmodeled(), nfs: unmodeled(), iscsi: unmodeled(), image: unmodeled(),
    gcePersistentDisk: unmodeled(), awsElasticBlockStore: unmodeled(), gitRepo: unmodeled(), glusterfs: unmodeled(),
    rbd: unmodeled(), flexVolume: unmodeled(), cinder: unmodeled(), cephfs: unmodeled(), flocker: unmodeled(),
    fc: unmodeled(), azureFile: unmodeled(), azureDisk: unmodeled(), vsphereVolume: unmodeled(), quobyte: unmodeled(),
    photonPersistentDisk: unmodeled(), portworxVolume: unmodeled(), scaleIO: unmodeled(), storageos: unmodeled(),
});
const nodeSelectorRequirement = obj({ key: str, operator: str, values: strings });
export const nodeSelectorTerm = obj({ matchExpressions: list(nodeSelectorRequirement),
    matchFields: list(nodeSelectorRequirement) });
const podAffinityTerm = obj({ labelSelector, namespaces: strings, topologyKey: str, namespaceSelector: labelSelector,
    matchLabelKeys: strings, mismatchLabelKeys: strings });
const podAffinity = obj({
    requiredDuringSchedulingIgnoredDuringExecution: list(podAffinityTerm),
    preferredDuringSchedulingIgnoredDuringExecution: list(obj({ weight: int, podAffinityTerm })),
});
export const affinity = obj({
    nodeAffinity: obj({
        requiredDuringSchedulingIgnoredDuringExecution: obj({ nodeSelectorTerms: list(nodeSelectorTerm) }),
        preferredDuringSchedulingIgnoredDuringExecution: list(obj({ weight: int, preference: nodeSelectorTerm })),
    }),
    podAffinity,
    podAntiAffinity: podAffinity,
});
export const toleration = obj({ key: str, operator: str, value: str, effect: str, tolerationSeconds: int64 });
export const topologySpreadConstraint = obj({
    maxSkew: int, topologyKey: str, whenUnsatisfiable: str, labelSelector, minDomains: int,
    nodeAffinityPolicy: str, nodeTaintsPolicy: str, matchLabelKeys: strings,
});
/** core/v1 PodSpec. */
export const podSpec = obj({
    volumes: list(volume), initContainers: list(container), containers: list(container),
    ephemeralContainers: unmodeled(list(ephemeralContainer), 'ephemeral containers are added by `kubectl debug`, not by manifests'),
    restartPolicy: str, terminationGracePeriodSeconds: int64, activeDeadlineSeconds: int64, dnsPolicy: str,
    nodeSelector: stringMap, serviceAccountName: str, serviceAccount: str, automountServiceAccountToken: bool,
    nodeName: str, hostNetwork: bool, hostPID: bool, hostIPC: bool, shareProcessNamespace: bool,
    securityContext: podSecurityContext, imagePullSecrets: list(obj({ name: str })), hostname: str, subdomain: str,
    affinity, schedulerName: str, tolerations: list(toleration), hostAliases: list(obj({ ip: str, hostnames: strings })),
    priorityClassName: str, priority: int,
    dnsConfig: unmodeled(obj({ nameservers: strings, searches: strings, options: list(obj({ name: str, value: str })) })),
    readinessGates: unmodeled(list(obj({ conditionType: str })), 'no controller sets custom pod conditions in kubesim'),
    runtimeClassName: unmodeled(str), enableServiceLinks: bool, preemptionPolicy: str, overhead: map(qty),
    topologySpreadConstraints: list(topologySpreadConstraint),
    setHostnameAsFQDN: unmodeled(bool), os: unmodeled(obj({ name: str })), hostUsers: unmodeled(bool),
    schedulingGates: list(obj({ name: str })),
    resourceClaims: unmodeled(list(obj({ name: str, resourceClaimName: str, resourceClaimTemplateName: str }))),
    resources: unmodeled(obj({ limits: map(qty), requests: map(qty), claims: any }), 'pod-level resources'),
    hostnameOverride: unmodeled(str),
});
export const podTemplateSpec = obj({ metadata: objectMeta, spec: podSpec });
export const pod = topLevel({ spec: podSpec });
/** A Node manifest: capacity and allocatable come from `status`, as the kubelet would report them. */
export const node = topLevel({
    spec: obj({
        podCIDR: str, podCIDRs: strings, unschedulable: bool,
        taints: list(obj({ key: str, value: str, effect: str, timeAdded: any })),
        providerID: unmodeled(str), configSource: unmodeled(), externalID: unmodeled(str),
    }),
    status: obj({
        capacity: map(qty), allocatable: map(qty), addresses: list(obj({ type: str, address: str })),
        phase: any, conditions: any, daemonEndpoints: any, nodeInfo: any, images: any, volumesInUse: any,
        volumesAttached: any, config: any, runtimeHandlers: any, features: any, declaredFeatures: any,
    }),
});
export const configMap = topLevel({ data: stringMap, binaryData: stringMap, immutable: bool });
export const secret = topLevel({ data: stringMap, stringData: stringMap, type: str, immutable: bool });
export const namespace = topLevel({ spec: obj({ finalizers: strings }) });
export const persistentVolumeClaimSpec = obj({
    accessModes: strings, selector: labelSelector, resources: obj({ limits: map(qty), requests: map(qty) }),
    volumeName: str, storageClassName: str, volumeMode: str,
    dataSource: unmodeled(obj({ apiGroup: str, kind: str, name: str })),
    dataSourceRef: unmodeled(obj({ apiGroup: str, kind: str, name: str, namespace: str })),
    volumeAttributesClassName: unmodeled(str),
});
export const persistentVolumeClaim = topLevel({ spec: persistentVolumeClaimSpec });
export const replicationController = topLevel({ spec: obj({ replicas: int, minReadySeconds: int, selector: stringMap,
        template: podTemplateSpec }) });
/**
 * core/v1 Service, modelled by its selector only: kube-scheduler's default topology spread reads
 * the selectors of the Services that select a pod (helper.DefaultSelector). Networking is not simulated.
 */
const NOT_ROUTED = 'a Service is modelled by its selector only';
export const service = topLevel({
    spec: obj({
        selector: stringMap,
        ports: unmodeled(list(obj({
            name: str, protocol: str, appProtocol: str, port: int, targetPort: intstr, nodePort: int,
        })), NOT_ROUTED),
        type: unmodeled(str, NOT_ROUTED), clusterIP: unmodeled(str, NOT_ROUTED), clusterIPs: unmodeled(strings, NOT_ROUTED),
        externalIPs: unmodeled(strings, NOT_ROUTED), sessionAffinity: unmodeled(str, NOT_ROUTED),
        loadBalancerIP: unmodeled(str, NOT_ROUTED), loadBalancerSourceRanges: unmodeled(strings, NOT_ROUTED),
        externalName: unmodeled(str, NOT_ROUTED), externalTrafficPolicy: unmodeled(str, NOT_ROUTED),
        healthCheckNodePort: unmodeled(int, NOT_ROUTED), publishNotReadyAddresses: unmodeled(bool, NOT_ROUTED),
        sessionAffinityConfig: unmodeled(any, NOT_ROUTED), ipFamilies: unmodeled(strings, NOT_ROUTED),
        ipFamilyPolicy: unmodeled(str, NOT_ROUTED), allocateLoadBalancerNodePorts: unmodeled(bool, NOT_ROUTED),
        loadBalancerClass: unmodeled(str, NOT_ROUTED), internalTrafficPolicy: unmodeled(str, NOT_ROUTED),
        trafficDistribution: unmodeled(str, NOT_ROUTED),
    }),
    status: unmodeled(any, NOT_ROUTED),
});
/** core/v1 ResourceQuota: hard limits per namespace, optionally for a scope of pods. */
export const resourceQuota = topLevel({
    spec: obj({ hard: resourceList, scopes: strings,
        scopeSelector: obj({ matchExpressions: list(obj({ scopeName: str, operator: str, values: strings })) }) }),
    status: obj({ hard: resourceList, used: resourceList }),
});
/** core/v1 LimitRange: per-Container, per-Pod and per-claim bounds and defaults in a namespace. */
export const limitRange = topLevel({
    spec: obj({ limits: list(obj({ type: str, max: resourceList, min: resourceList, default: resourceList,
            defaultRequest: resourceList, maxLimitRequestRatio: resourceList })) }),
});
export const CORE_SCHEMAS = {
    Pod: pod, Node: node, ConfigMap: configMap, Secret: secret, Namespace: namespace,
    PersistentVolumeClaim: persistentVolumeClaim, ReplicationController: replicationController, Service: service,
    ResourceQuota: resourceQuota, LimitRange: limitRange,
};
