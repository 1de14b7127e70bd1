// A subscriber in another language, with Node's standard library only: it tells the sidecar its subscription
// (GET /dapr/subscribe), takes orders.confirmed as CloudEvents, and answers each by publishing node.replied through
// the sidecar's HTTP API before it reports SUCCESS, as daprd's app contract asks.
'use strict';
const http = require('node:http');

const appPort = Number(process.env.APP_PORT);
const daprPort = Number(process.env.DAPR_HTTP_PORT);

function publish(topic, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const request = http.request({
      host: '127.0.0.1', port: daprPort, method: 'POST',
      path: `/v1.0/publish/pubsub/${topic}?metadata.partitionKey=${encodeURIComponent(body.orderId)}`,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
    }, (response) => {
      response.resume();
      response.statusCode === 204 ? resolve() : reject(new Error(`publish answered ${response.statusCode}`));
    });
    request.on('error', reject);
    request.end(data);
  });
}

http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    if (request.method === 'GET' && request.url === '/dapr/subscribe') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify([{ pubsubname: 'pubsub', topic: 'orders.confirmed', route: '/confirmed' }]));
      return;
    }
    if (request.method === 'POST' && request.url === '/confirmed') {
      try {
        const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        await publish('node.replied', { orderId: event.data.orderId, sequence: event.data.sequence + 1 });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: 'SUCCESS' }));
      } catch (error) {
        response.writeHead(500);
        response.end(String(error));
      }
      return;
    }
    response.writeHead(404);
    response.end();
  });
}).listen(appPort, '127.0.0.1', () => console.log(`node subscriber listening on ${appPort}`));
