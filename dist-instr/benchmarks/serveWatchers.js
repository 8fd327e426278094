/**
 * The watchers of the serve benchmark, in their own process as kubectl or an informer would be:
 * their HTTP parsing is not charged to the server's event loop. Argv: URL and watcher count.
 * Sends {ready} once every watch answered, then answers each 'status' message with how many
 * watch events arrived, when the last one did (epoch ms) and this process's CPU time.
 */
import { request } from 'node:http';
const [url, count] = [process.argv[2], Number(process.argv[3])];
let delivered = 0, lastAt = 0;
const reqs = Array.from({ length: count }, () => new Promise((resolve) => {
    const req = request(url, (res) => {
        res.on('data', (c) => {
            for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1))
                delivered++;
            lastAt = performance.timeOrigin + performance.now();
        });
        resolve(() => req.destroy());
    });
    req.end();
}));
const stops = await Promise.all(reqs);
const c0 = process.cpuUsage();
process.send({ ready: true });
process.on('message', (m) => {
    if (m === 'stop') {
        for (const s of stops)
            s();
        process.disconnect();
        return;
    }
    const c = process.cpuUsage(c0);
    process.send({ delivered, lastAt, cpuS: (c.user + c.system) / 1e6 });
});
