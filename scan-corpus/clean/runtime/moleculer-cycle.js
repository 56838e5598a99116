// Starts and stops moleculer brokers over and over, with the features whose code the scanner
// reported on (memory cacher, metrics with the console/event reporters, tracing, latency and
// shard strategies, local transporter), as a long-running app that restarts its broker would.
const { ServiceBroker } = require("./index");
const rounds = Number(process.env.ROUNDS || 30);
async function cycle(i) {
	const broker = new ServiceBroker({
		nodeID: "node-" + i,
		logger: false,
		transporter: "Fake",
		cacher: "Memory",
		metrics: { enabled: process.env.METRICS !== "0", reporter: [{ type: "Event", options: { interval: 5000 } }] },
		tracing: { enabled: process.env.METRICS !== "0", exporter: [{ type: "Event", options: {} }] },
		registry: { strategy: "Latency" }
	});
	broker.createService({ name: "math", actions: { add: { cache: true, handler: ctx => ctx.params.a + ctx.params.b } } });
	await broker.start();
	for (let k = 0; k < 20; k++) await broker.call("math.add", { a: k, b: i });
	await broker.waitForServices(["math"]);
	await broker.stop();
}
(async () => {
	for (let i = 0; i < rounds; i++) await cycle(i);
	console.log("done", rounds, "rounds");
	setTimeout(() => {}, 1000);
})();
