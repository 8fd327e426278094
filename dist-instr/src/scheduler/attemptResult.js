/** The attempt's result, its nodeStatus built from the rejections only if read (one class: one object shape). */
export class Attempt {
    node;
    message;
    rejectors;
    postFilter;
    evaluated;
    explain;
    #nodeStatus;
    #attempt;
    #rejected;
    constructor(rejected, attempt, r, nodeStatus) {
        this.node = r.node;
        this.message = r.message;
        this.rejectors = r.rejectors;
        this.postFilter = r.postFilter;
        this.evaluated = r.evaluated;
        this.explain = r.explain;
        this.#nodeStatus = nodeStatus;
        this.#attempt = attempt;
        this.#rejected = rejected;
    }
    get nodeStatus() {
        return (this.#nodeStatus ??= this.#rejected.toMap(this.#attempt));
    }
}
