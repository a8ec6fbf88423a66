// The reference Bluesky PDS (@atproto/pds) on loopback with an in-memory PLC, for tests.
// Prints one JSON line {"pds": url} when ready; stops when stdin closes.
const { PlcServer, Database } = require('@did-plc/server')
const { TestPds } = (() => { try { return require('@atproto/dev-env') } catch { return {} } })()
const pds = require('@atproto/pds')
const os = require('os')
const path = require('path')
const fs = require('fs')

async function main() {
  const plc = await PlcServer.create({ db: Database.mock(), port: 0 })
  await plc.start()
  const plcUrl = `http://127.0.0.1:${plc.server.address().port}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pds-'))
  const port = Number(process.env.PDS_PORT || 0) || (await freePort())
  const cfg = pds.envToCfg({
    port,
    hostname: 'localhost',
    devMode: true,
    inviteRequired: false,
    didPlcUrl: plcUrl,
    serviceHandleDomains: ['.test'],
    dataDirectory: dir,
    blobstoreDiskLocation: path.join(dir, 'blobs'),
    jwtSecret: 'jwt-secret-for-tests',
    adminPassword: 'admin-pass',
    plcRotationKeyK256PrivateKeyHex:
      '9b1ba4bbd7ac2b8dbe6c8d3b5cd2e7a0b3a58b2a8f0d5c0d1b9c7a5f0e3d2c1b',
    modServiceUrl: undefined,
    bskyAppViewUrl: undefined,
  })
  const secrets = pds.envToSecrets({
    jwtSecret: 'jwt-secret-for-tests',
    adminPassword: 'admin-pass',
    plcRotationKeyK256PrivateKeyHex:
      '9b1ba4bbd7ac2b8dbe6c8d3b5cd2e7a0b3a58b2a8f0d5c0d1b9c7a5f0e3d2c1b',
  })
  const server = await pds.PDS.create(cfg, secrets)
  await server.start()
  process.stdout.write(JSON.stringify({ pds: `http://localhost:${port}` }) + '\n')
  process.stdin.resume()
  process.stdin.on('end', async () => {
    await server.destroy()
    await plc.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  })
}

function freePort() {
  return new Promise((resolve) => {
    const srv = require('net').createServer()
    srv.listen(0, '127.0.0.1', () => {
      const p = srv.address().port
      srv.close(() => resolve(p))
    })
  })
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack || err) + '\n')
  process.exit(1)
})
