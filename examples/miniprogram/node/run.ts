// Runs src/journey.ts under node against a fapiao server, with node/wx-shim.ts as `wx`.
//
//   node build/node/run.js http://127.0.0.1:8080 [server log]
//
// The codes a person would type (the SMS code, the platform's taxpayer-authorisation code) are
// read from the server's log when its path is given (console SMS and sandbox platform log them
// as "SMS to <phone>: …" and "TAX AUTH for <tax id>: <code>"), else asked for on the terminal.
// Every step prints one JSON line; the exit status is 0 only when the whole journey went through.

import { existsSync, readFileSync } from "node:fs"
import { createInterface } from "node:readline/promises"

import { ApiError, session } from "../src/api"
import { journey } from "../src/journey"
import type { User } from "../src/journey"
import { makeWx } from "./wx-shim"

const [baseUrl = "http://127.0.0.1:8080", logPath] = process.argv.slice(2)
const stamp = Date.now()
const phone = process.env.JOURNEY_PHONE ?? `139${String(stamp % 100_000_000).padStart(8, "0")}`
const opened: string[] = []

;(globalThis as unknown as { wx: WechatMiniprogram.Wx }).wx = makeWx({
  loginCode: process.env.JOURNEY_WX_CODE ?? `journey-${stamp}`,
  invoiceTitle: {
    type: 0, title: "武汉某某餐饮有限公司", taxNumber: "91420102MA4K00000M", companyAddress: "武汉市洪山区",
    telephone: "027-88888888", bankName: "", bankAccount: "",
  },
  opened,
})
session.baseUrl = baseUrl.replace(/\/$/, "")

const PATTERNS = {
  sms: (hint: string) => new RegExp(`SMS to ${hint}\\D[^\\n]*?(\\d{6})`, "g"),
  tax_auth: (hint: string) => new RegExp(`TAX AUTH for ${hint}: (\\w+)`, "g"),
}

async function fromLog(what: keyof typeof PATTERNS, hint: string, path: string): Promise<string> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const log = existsSync(path) ? readFileSync(path, "utf8") : ""
    const found = [...log.matchAll(PATTERNS[what](hint))].pop()
    if (found?.[1]) return found[1]
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no ${what} code for ${hint} in ${path}`)
}

async function fromTerminal(what: string, hint: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return (await terminal.question(`${what} code for ${hint}: `)).trim()
  } finally {
    terminal.close()
  }
}

const user: User = {
  phone,
  password: "Kaipiao#2026",
  displayName: "王会计",
  company: { name: "武汉光谷软件有限公司", taxId: process.env.JOURNEY_TAX_ID ?? "91110000600037341L" },
  typeCode: (what, hint) => (logPath ? fromLog(what, hint, logPath) : fromTerminal(what, hint)),
  show: (step, data) => console.log(JSON.stringify({ step, ...data })),
}

journey(user)
  .then(() => {
    console.log(JSON.stringify({ step: "done", opened: opened.map((path) => path.split("/").pop()) }))
  })
  .catch((error: unknown) => {
    if (error instanceof ApiError) {
      console.log(JSON.stringify({ step: "error", status: error.status, code: error.code, message: error.message,
        fields: error.fields, details: error.details }))
    } else {
      console.log(JSON.stringify({ step: "error", message: String(error instanceof Error ? error.stack : error) }))
    }
    process.exitCode = 1
  })
