/**
 * The Kubernetes API objects kubesim reads and shows, in the API's own field names
 * (k8s.io/api core/v1, apps/v1, batch/v1, autoscaling/v2, policy/v1, scheduling/v1).
 * Only the fields kubesim models are typed; others are kept as-is and reported as warnings.
 * Timestamps inside the simulation are virtual milliseconds; the output layer renders them
 * as RFC 3339 strings.
 */
import type { NodeName, Uid } from './ids.js';
export type Labels = Readonly<Record<string, string>>;
export type ResourceList = Readonly<Record<string, string | number>>;

export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: Uid;
  readonly controller?: boolean;
  readonly blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly generateName?: string;
  readonly uid?: Uid;
  readonly labels?: Labels;
  readonly annotations?: Labels;
  readonly ownerReferences?: readonly OwnerReference[];
  readonly creationTimestamp?: number;
  readonly deletionTimestamp?: number;
  readonly deletionGracePeriodSeconds?: number;
  readonly finalizers?: readonly string[];
  readonly generation?: number;
  readonly resourceVersion?: string;
}

export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
  readonly spec?: unknown;
  readonly status?: unknown;
  readonly [extra: string]: unknown;
}

export interface ExecAction { readonly command?: readonly string[] }
export interface HTTPGetAction { readonly path?: string; readonly port: number | string; readonly host?: string;
  readonly scheme?: string }
export interface TCPSocketAction { readonly port: number | string }
export interface GRPCAction { readonly port: number; readonly service?: string }

export interface Probe {
  readonly exec?: ExecAction;
  readonly httpGet?: HTTPGetAction;
  readonly tcpSocket?: TCPSocketAction;
  readonly grpc?: GRPCAction;
  readonly initialDelaySeconds?: number;
  readonly timeoutSeconds?: number;
  readonly periodSeconds?: number;
  readonly successThreshold?: number;
  readonly failureThreshold?: number;
  readonly terminationGracePeriodSeconds?: number;
}

export interface LifecycleHandler {
  readonly exec?: ExecAction;
  readonly httpGet?: HTTPGetAction;
  readonly tcpSocket?: TCPSocketAction;
  readonly sleep?: { readonly seconds: number };
}

export interface Lifecycle {
  readonly postStart?: LifecycleHandler;
  readonly preStop?: LifecycleHandler;
}

export interface ResourceRequirements {
  readonly requests?: ResourceList;
  readonly limits?: ResourceList;
}

/** core/v1 ContainerRestartRule (KEP-5307): the only action is Restart. */
export interface ContainerRestartRule {
  readonly action: 'Restart';
  readonly exitCodes?: { readonly operator: 'In' | 'NotIn'; readonly values: readonly number[] };
}

export interface Container {
  readonly name: string;
  readonly image?: string;
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly ports?: readonly { readonly containerPort: number; readonly name?: string; readonly protocol?: string;
    readonly hostPort?: number }[];
  readonly env?: readonly unknown[];
  readonly envFrom?: readonly unknown[];
  readonly resources?: ResourceRequirements;
  readonly volumeMounts?: readonly { readonly name: string; readonly mountPath: string; readonly readOnly?: boolean }[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  readonly lifecycle?: Lifecycle;
  /**
   * On an init container `Always` makes a sidecar (KEP-753); otherwise it overrides the pod's
   * restartPolicy for this container (KEP-5307 ContainerRestartRules, api/containerRestart.ts).
   */
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  readonly restartPolicyRules?: readonly ContainerRestartRule[];
  readonly securityContext?: Readonly<Record<string, unknown>>;
  readonly terminationMessagePath?: string;
  readonly terminationMessagePolicy?: string;
  readonly [extra: string]: unknown;
}

export interface Toleration {
  readonly key?: string;
  readonly operator?: 'Exists' | 'Equal';
  readonly value?: string;
  readonly effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | '';
  readonly tolerationSeconds?: number;
}

export interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  readonly timeAdded?: number;
}

export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  readonly values?: readonly string[];
}
export interface NodeSelectorTerm {
  readonly matchExpressions?: readonly NodeSelectorRequirement[];
  readonly matchFields?: readonly NodeSelectorRequirement[];
}
export interface NodeAffinity {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: { readonly nodeSelectorTerms: readonly NodeSelectorTerm[] };
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly { readonly weight: number;
    readonly preference: NodeSelectorTerm }[];
}
export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}
export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}
export interface PodAffinityTerm {
  readonly labelSelector?: LabelSelector;
  readonly namespaces?: readonly string[];
  readonly namespaceSelector?: LabelSelector;
  readonly topologyKey: string;
  readonly matchLabelKeys?: readonly string[];
  readonly mismatchLabelKeys?: readonly string[];
}
export interface WeightedPodAffinityTerm { readonly weight: number; readonly podAffinityTerm: PodAffinityTerm }
export interface PodAffinity {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: readonly PodAffinityTerm[];
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly WeightedPodAffinityTerm[];
}
export interface Affinity {
  readonly nodeAffinity?: NodeAffinity;
  readonly podAffinity?: PodAffinity;
  readonly podAntiAffinity?: PodAffinity;
}
export interface TopologySpreadConstraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  readonly labelSelector?: LabelSelector;
  readonly minDomains?: number;
  readonly nodeAffinityPolicy?: 'Honor' | 'Ignore';
  readonly nodeTaintsPolicy?: 'Honor' | 'Ignore';
  readonly matchLabelKeys?: readonly string[];
}

export interface Volume {
  readonly name: string;
  readonly emptyDir?: Readonly<Record<string, unknown>>;
  readonly configMap?: { readonly name: string; readonly optional?: boolean; readonly items?: readonly unknown[] };
  readonly secret?: { readonly secretName: string; readonly optional?: boolean };
  readonly persistentVolumeClaim?: { readonly claimName: string; readonly readOnly?: boolean };
  readonly hostPath?: { readonly path: string; readonly type?: string };
  readonly [extra: string]: unknown;
}

export interface PodSpec {
  readonly containers: readonly Container[];
  readonly initContainers?: readonly Container[];
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  readonly terminationGracePeriodSeconds?: number;
  readonly activeDeadlineSeconds?: number;
  readonly nodeName?: NodeName;
  readonly nodeSelector?: Labels;
  readonly affinity?: Affinity;
  readonly tolerations?: readonly Toleration[];
  readonly topologySpreadConstraints?: readonly TopologySpreadConstraint[];
  readonly schedulerName?: string;
  /** Names that block scheduling until removed (the scheduler's SchedulingGates PreEnqueue plugin). */
  readonly schedulingGates?: readonly { readonly name: string }[];
  readonly priorityClassName?: string;
  readonly priority?: number;
  readonly preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
  readonly hostNetwork?: boolean;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly shareProcessNamespace?: boolean;
  readonly hostAliases?: readonly { readonly ip: string; readonly hostnames?: readonly string[] }[];
  readonly volumes?: readonly Volume[];
  readonly serviceAccountName?: string;
  readonly dnsPolicy?: string;
  readonly overhead?: ResourceList;
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly [extra: string]: unknown;
}

export interface PodTemplateSpec {
  readonly metadata?: Partial<ObjectMeta>;
  readonly spec: PodSpec;
}

export type ContainerState =
  | { readonly waiting: { readonly reason?: string; readonly message?: string } }
  | { readonly running: { readonly startedAt: number } }
  | { readonly terminated: { readonly exitCode: number; readonly signal?: number; readonly reason?: string;
    readonly message?: string; readonly startedAt?: number; readonly finishedAt: number } };

export interface ContainerStatus {
  readonly name: string;
  readonly image: string;
  readonly imageID: string;
  readonly containerID?: string;
  readonly ready: boolean;
  readonly started?: boolean;
  readonly restartCount: number;
  readonly state: Partial<{ waiting: { reason?: string; message?: string }; running: { startedAt: number };
    terminated: { exitCode: number; signal?: number; reason?: string; message?: string; startedAt?: number;
      finishedAt: number } }>;
  readonly lastState: Partial<{ waiting: { reason?: string; message?: string }; running: { startedAt: number };
    terminated: { exitCode: number; signal?: number; reason?: string; message?: string; startedAt?: number;
      finishedAt: number } }>;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  readonly type: string;
  readonly status: ConditionStatus;
  readonly lastTransitionTime?: number;
  readonly lastProbeTime?: number | null;
  readonly lastHeartbeatTime?: number;
  readonly lastUpdateTime?: number;
  readonly reason?: string;
  readonly message?: string;
  readonly observedGeneration?: number;
}

export interface PodStatus {
  readonly phase: PodPhase;
  readonly conditions: readonly Condition[];
  readonly message?: string;
  readonly reason?: string;
  readonly hostIP?: string;
  readonly hostIPs?: readonly { readonly ip: string }[];
  readonly podIP?: string;
  readonly podIPs?: readonly { readonly ip: string }[];
  readonly startTime?: number;
  readonly nominatedNodeName?: string;
  readonly qosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
  readonly initContainerStatuses?: readonly ContainerStatus[];
  readonly containerStatuses?: readonly ContainerStatus[];
}

export interface Pod {
  readonly apiVersion: 'v1';
  readonly kind: 'Pod';
  readonly metadata: ObjectMeta & { readonly namespace: string; readonly uid: Uid };
  readonly spec: PodSpec;
  readonly status: PodStatus;
}

export interface NodeSpec {
  readonly unschedulable?: boolean;
  readonly taints?: readonly Taint[];
  readonly podCIDR?: string;
  readonly podCIDRs?: readonly string[];
  readonly providerID?: string;
}

export interface NodeStatus {
  readonly capacity: ResourceList;
  readonly allocatable: ResourceList;
  readonly conditions: readonly Condition[];
  readonly addresses: readonly { readonly type: string; readonly address: string }[];
  readonly images?: readonly { readonly names: readonly string[]; readonly sizeBytes?: number }[];
  readonly nodeInfo?: Readonly<Record<string, string>>;
}

export interface Node {
  readonly apiVersion: 'v1';
  readonly kind: 'Node';
  readonly metadata: ObjectMeta & { readonly uid: Uid; readonly name: NodeName };
  readonly spec: NodeSpec;
  readonly status: NodeStatus;
}
