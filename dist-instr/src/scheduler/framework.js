/** kube-scheduler: staging/src/k8s.io/kube-scheduler/framework/interface.go, MaxNodeScore / MinNodeScore. */
export const MAX_NODE_SCORE = 100;
export const MIN_NODE_SCORE = 0;
