// The journey a fapiao mini-program makes, as its pages would call the API: log in with wx.login,
// create the company and enter the taxpayer's authorisation code, issue an invoice to the title
// wx.chooseInvoiceTitle returns, list invoices, download the PDF, verify it, ask for subscribe
// messages, follow a tax return. Only wx.* and the typed `call` (src/api.ts) are used: this file
// type-checks with WeChat's typings alone (tsconfig.json), and runs under node with node/wx-shim.ts.

import { ApiError, authHeader, call, session, url } from "./api"
import type { Operation, Result, Success } from "./api"

export type Invoice = Success<Operation<"post", "/api/v1/invoices">>
export type Filing = Success<Operation<"post", "/api/v1/filings">>

/** What the journey needs from the person holding the phone. */
export interface User {
  phone: string
  password: string
  displayName: string
  company: { name: string; taxId: string }
  /** The person types a code they received (an SMS code, the platform's authorisation code). */
  typeCode(what: "sms" | "tax_auth", hint: string): Promise<string>
  /** What the journey shows on screen (the node runner prints it). */
  show(step: string, data: Record<string, unknown>): void
}

function promisify<R>(start: (callbacks: { success(res: R): void; fail(err: { errMsg: string }): void }) => void): Promise<R> {
  return new Promise((resolve, reject) =>
    start({ success: resolve, fail: (err) => reject(new Error(err.errMsg)) }),
  )
}

const wxLogin = () => promisify<WechatMiniprogram.LoginSuccessCallbackResult>((cb) => wx.login(cb))

/** 1. Log in: wx.login's code → POST /auth/wechat. An unbound user signs up (or in) by SMS, then binds. */
export async function login(user: User): Promise<void> {
  const { code } = await wxLogin()
  const first = await call("post", "/api/v1/auth/wechat", { body: { code } })
  if (first.data.bound && first.data.token) {
    session.token = first.data.token
    user.show("login", { via: "wechat", bound: true })
    return
  }
  await call("post", "/api/v1/auth/sms-codes", { body: { phone: user.phone, purpose: "register" } })
  const sms = await user.typeCode("sms", user.phone)
  const registered = await call("post", "/api/v1/auth/register", {
    body: { phone: user.phone, code: sms, password: user.password, display_name: user.displayName },
  })
  session.token = registered.data.token
  // Bind this WeChat user to the new account: the next wx.login logs straight in.
  const again = await wxLogin()
  await call("post", "/api/v1/account/wechat-binding", { body: { code: again.code } })
  session.token = null
  const next = await wxLogin()
  const relogin = await call("post", "/api/v1/auth/wechat", { body: { code: next.code } })
  if (!relogin.data.bound || !relogin.data.token) throw new Error("bound, yet /auth/wechat gave no token")
  session.token = relogin.data.token
  const me = await call("get", "/api/v1/account")
  user.show("login", { via: "sms_then_wechat", bound: relogin.data.bound, account_id: me.data.id,
    bound_wechat: me.data.bound_wechat })
}

/** 2. Create the company, then enter the taxpayer's authorisation code (no invoice before it). */
export async function createCompany(user: User): Promise<void> {
  const created = await call("post", "/api/v1/companies", {
    body: { name: user.company.name, tax_id: user.company.taxId, taxpayer_kind: "general",
      issuer_name: user.displayName },
  })
  user.show("company", { id: created.data.id, auth_state: created.data.auth_state })
  const code = await user.typeCode("tax_auth", user.company.taxId)
  const authorised = await call("post", "/api/v1/company/authorization", { body: { code } })
  user.show("authorisation", { auth_state: authorised.data.auth_state })
}

function newIdempotencyKey(): string {
  return `mp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** The ApiError a call must end with (a form shows error.fields next to the inputs). */
async function refusal(pending: Promise<unknown>): Promise<ApiError> {
  try {
    await pending
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error("the API accepted what it should have refused")
}

/** A form the user got wrong: the answer names the field and the rule, in Chinese. */
export async function refusedForm(user: User): Promise<void> {
  const refused = await refusal(call("post", "/api/v1/invoices", {
    body: { kind: "normal", buyer: { name: "武汉某某餐饮有限公司" }, lines: [{ name: "餐饮服务", amount: "-5" }],
      price_includes_tax: true },
  }))
  user.show("refused", { status: refused.status, code: refused.code, fields: refused.fields })
}

/** 3. Issue to the title the buyer picks in WeChat (wx.chooseInvoiceTitle), with an Idempotency-Key. */
export async function issueToChosenTitle(user: User): Promise<Invoice> {
  const title = await promisify<WechatMiniprogram.ChooseInvoiceTitleSuccessCallbackResult>((cb) =>
    wx.chooseInvoiceTitle(cb))
  const key = newIdempotencyKey()
  const request = {
    body: {
      kind: "normal" as const,
      buyer_title: title, // the object exactly as WeChat returns it (errMsg included)
      lines: [{ name: "餐饮服务", amount: "388.00" }],
      price_includes_tax: true,
    },
    headers: { "Idempotency-Key": key },
  }
  const issued = await call("post", "/api/v1/invoices", request)
  // A retry after a lost answer (the same key and body) returns the same invoice, marked as a replay.
  const retried = await call("post", "/api/v1/invoices", request)
  if (retried.data.id !== issued.data.id) throw new Error("the retry issued a second invoice")
  // The same key with another body is refused, never issued.
  const changed = { ...request, body: { ...request.body, lines: [{ name: "餐饮服务", amount: "389.00" }] } }
  const mismatch = await refusal(call("post", "/api/v1/invoices", changed))
  user.show("idempotency_mismatch", { status: mismatch.status, code: mismatch.code })
  user.show("issue", {
    id: issued.data.id, number: issued.data.number, status: issued.data.status,
    amount_excl_tax: issued.data.amount_excl_tax, tax: issued.data.tax, amount_incl_tax: issued.data.amount_incl_tax,
    rates: issued.data.lines.map((line) => line.rate),
    buyer_name: issued.data.buyer_name, replayed: retried.headers["idempotent-replayed"] ?? null,
  })
  return issued.data
}

/** A second invoice, to a person, by quantity and unit price. */
export async function issueToPerson(user: User): Promise<Invoice> {
  const issued = await call("post", "/api/v1/invoices", {
    body: { kind: "normal", buyer: { name: "张三", is_person: true }, price_includes_tax: true,
      lines: [{ name: "餐饮服务", quantity: "20", unit_price: "25", rate: "0.06" }] },
    headers: { "Idempotency-Key": newIdempotencyKey() },
  })
  const line = issued.data.lines[0]
  user.show("issue_person", { number: issued.data.number, amount_incl_tax: issued.data.amount_incl_tax,
    quantity: line?.quantity ?? null, unit_price_excl_tax: line?.unit_price_excl_tax ?? null })
  return issued.data
}

/** 4. The invoice list, newest first, a page at a time: pass next_cursor back until it is null. */
export async function listInvoices(user: User): Promise<void> {
  const numbers: (string | null)[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page: Result<Operation<"get", "/api/v1/invoices">> = await call("get", "/api/v1/invoices", {
      query: cursor === null ? { limit: 1 } : { limit: 1, cursor },
    })
    numbers.push(...page.data.items.map((invoice) => invoice.number))
    cursor = page.data.next_cursor
    pages += 1
  } while (cursor !== null && pages < 10)
  const tooMany = await refusal(call("get", "/api/v1/invoices", { query: { limit: 1000 } }))
  user.show("list", { pages, numbers, limit_1000: { status: tooMany.status, fields: Object.keys(tooMany.fields) } })
}

/** 5. The PDF: wx.downloadFile with the Authorization header, kept under its Chinese name, then opened. */
export async function downloadPdf(user: User, invoice: Invoice): Promise<void> {
  const filePath = `${wx.env.USER_DATA_PATH}/电子发票-${invoice.number ?? invoice.id}.pdf`
  const downloaded = await promisify<WechatMiniprogram.DownloadFileSuccessCallbackResult>((cb) =>
    wx.downloadFile({ url: url(`/api/v1/invoices/${invoice.id}/pdf`), header: authHeader(), filePath, ...cb }))
  if (downloaded.statusCode !== 200) throw new Error(`PDF download: HTTP ${downloaded.statusCode}`)
  const fs = wx.getFileSystemManager()
  const head = fs.readFileSync(downloaded.filePath, undefined, 0, 8) as ArrayBuffer
  const size = fs.statSync(downloaded.filePath) as WechatMiniprogram.Stats
  await promisify<WechatMiniprogram.GeneralCallbackResult>((cb) =>
    wx.openDocument({ filePath: downloaded.filePath, fileType: "pdf", showMenu: true, ...cb }))
  user.show("pdf", {
    file: downloaded.filePath.split("/").pop(), bytes: size.size,
    magic: String.fromCharCode(...new Uint8Array(head).slice(0, 5)),
  })
}

/** 6. The verification the QR code leads to, as anyone may check it (no login). */
export async function verify(user: User, invoice: Invoice): Promise<void> {
  if (!invoice.number || !invoice.issue_date) throw new Error("an issued invoice has a number and a date")
  const token = session.token
  session.token = null
  try {
    const checked = await call("get", "/api/v1/verify", {
      query: { number: invoice.number, date: invoice.issue_date.slice(0, 10),
        amount_incl_tax: invoice.amount_incl_tax },
    })
    user.show("verify", { status: checked.data.status, seller: checked.data.seller_name,
      verify_url: invoice.verify_url })
  } finally {
    session.token = token
  }
}

/** 7. Subscribe messages: ask for the templates the server offers, record what the user allowed. */
export async function subscribe(user: User): Promise<void> {
  const offered = await call("get", "/api/v1/account/subscribe-grants")
  const tmplIds = offered.data.templates.map((template) => template.template_id)
  if (tmplIds.length === 0) {
    user.show("subscribe", { offered: 0 })
    return
  }
  const answer = await promisify<WechatMiniprogram.RequestSubscribeMessageSuccessCallbackResult>((cb) =>
    wx.requestSubscribeMessage({ tmplIds, ...cb }))
  const results: Record<string, string> = {}
  for (const id of tmplIds) {
    const value = (answer as unknown as Record<string, unknown>)[id]
    if (typeof value === "string") results[id] = value
  }
  const recorded = await call("post", "/api/v1/account/subscribe-grants", { body: { results } })
  user.show("subscribe", { offered: tmplIds.length, recorded: recorded.data.recorded, unspent: recorded.data.unspent })
}

function lastMonth(now: Date): string {
  // China time (UTC+8) decides which month has ended.
  const china = new Date(now.getTime() + 8 * 3600_000)
  const year = china.getUTCFullYear()
  const month = china.getUTCMonth() // 0-based: this is last month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, "0")}`
}

/** 8. Tax filing: prepare last month's VAT return, submit it, and follow its status. */
export async function filing(user: User): Promise<void> {
  const period = lastMonth(new Date())
  let prepared: Filing
  try {
    prepared = (await call("post", "/api/v1/filings", { body: { tax_type: "vat", period } })).data
  } catch (error) {
    if (error instanceof ApiError) user.show("filing_refused", { code: error.code, fields: error.fields })
    throw error
  }
  const submitted = await call("post", "/api/v1/filings/{filing_id}/submit", { path: { filing_id: String(prepared.id) } })
  const recent = await call("get", "/api/v1/filings")
  const mine = recent.data.items.find((item) => item.id === prepared.id)
  user.show("filing", { period, prepared: prepared.status, submitted: submitted.data.status,
    listed: mine?.status ?? null, due_date: submitted.data.due_date,
    event_times: submitted.data.events.map((event) => event.at) })
}

/** The whole journey, in the order a new user meets it. */
export async function journey(user: User): Promise<void> {
  await login(user)
  await createCompany(user)
  await refusedForm(user)
  const invoice = await issueToChosenTitle(user)
  await issueToPerson(user)
  await listInvoices(user)
  await downloadPdf(user, invoice)
  await verify(user, invoice)
  await subscribe(user)
  await filing(user)
}
