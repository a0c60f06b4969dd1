// A tiny stand-in for the mini-program's `wx` on node: just the calls src/ makes, with WeChat's
// callback conventions (success for any HTTP status, fail for a network error), on node's fetch.
// Not a simulator: enough to run the same journey code against a real fapiao server.

import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

type Option = { success?: (res: never) => void; fail?: (err: never) => void }

export interface ShimConfig {
  /** What wx.login answers: in the server's console mode each code maps to a stable openid. */
  loginCode: string
  /** What the buyer picks in wx.chooseInvoiceTitle (errMsg is added as WeChat does). */
  invoiceTitle: Omit<WechatMiniprogram.ChooseInvoiceTitleSuccessCallbackResult, "errMsg">
  /** What wx.openDocument was asked to open. */
  opened: string[]
}

function succeed<R>(option: Option, res: R): void {
  (option.success as ((res: R) => void) | undefined)?.(res)
}

function failed(option: Option, api: string, error: unknown): void {
  (option.fail as ((err: WechatMiniprogram.GeneralCallbackResult) => void) | undefined)?.({ errMsg: `${api}:fail ${error instanceof Error ? error.message : String(error)}` })
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

export function makeWx(config: ShimConfig): WechatMiniprogram.Wx {
  const userData = mkdtempSync(join(tmpdir(), "wx-usr-"))

  function request(option: WechatMiniprogram.RequestOption): void {
    const method = option.method ?? "GET"
    const headers: Record<string, string> = { ...(option.header as Record<string, string> | undefined) }
    let body: string | undefined
    if (option.data !== undefined && method !== "GET") {
      body = typeof option.data === "string" ? option.data : JSON.stringify(option.data)
      headers["Content-Type"] ??= "application/json"
    }
    fetch(option.url, { method, headers, body })
      .then(async (response) => {
        const text = await response.text()
        const json = (option.dataType ?? "json") === "json" && text !== ""
        succeed(option, {
          data: json ? safeJson(text) : text, statusCode: response.status, header: headersOf(response),
          cookies: [], errMsg: "request:ok",
        })
      })
      .catch((error: unknown) => failed(option, "request", error))
  }

  function downloadFile(option: WechatMiniprogram.DownloadFileOption): void {
    fetch(option.url, { headers: option.header as Record<string, string> | undefined })
      .then(async (response) => {
        const bytes = Buffer.from(await response.arrayBuffer())
        const path = option.filePath ?? join(userData, `tmp-${Date.now()}`)
        writeFileSync(path, bytes)
        succeed(option, { statusCode: response.status, filePath: path, tempFilePath: path, errMsg: "downloadFile:ok" })
      })
      .catch((error: unknown) => failed(option, "downloadFile", error))
  }

  const fileSystemManager = {
    readFileSync(filePath: string, encoding?: string, position?: number, length?: number): string | ArrayBuffer {
      const whole = readFileSync(filePath)
      const start = position ?? 0
      const part = whole.subarray(start, length === undefined ? undefined : start + length)
      if (encoding) return part.toString(encoding as BufferEncoding)
      return part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength)
    },
    statSync(path: string): WechatMiniprogram.Stats {
      const stat = statSync(path)
      return { size: stat.size, mode: stat.mode, lastAccessedTime: stat.atimeMs / 1000,
        lastModifiedTime: stat.mtimeMs / 1000, isDirectory: () => stat.isDirectory(), isFile: () => stat.isFile() }
    },
  }

  const shim = {
    env: { USER_DATA_PATH: userData },
    request,
    downloadFile,
    login(option: WechatMiniprogram.LoginOption): void {
      setImmediate(() => succeed(option, { code: config.loginCode, errMsg: "login:ok" }))
    },
    chooseInvoiceTitle(option: WechatMiniprogram.ChooseInvoiceTitleOption): void {
      setImmediate(() => succeed(option, { ...config.invoiceTitle, errMsg: "chooseInvoiceTitle:ok" }))
    },
    requestSubscribeMessage(option: WechatMiniprogram.RequestSubscribeMessageOption): void {
      const answer: Record<string, string> = { errMsg: "requestSubscribeMessage:ok" }
      for (const id of option.tmplIds) answer[id] = "accept"
      setImmediate(() => succeed(option, answer))
    },
    openDocument(option: WechatMiniprogram.OpenDocumentOption): void {
      config.opened.push(option.filePath)
      setImmediate(() => succeed(option, { errMsg: "openDocument:ok" }))
    },
    getFileSystemManager: () => fileSystemManager,
  }
  return shim as unknown as WechatMiniprogram.Wx
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
