// A typed call over wx.request, with every type taken from the API's OpenAPI document:
// src/generated/api.d.ts is what `openapi-typescript` makes of /api/v1/openapi.json, and nothing
// here names a field of its own. A route, field or status the document does not declare does not
// type-check.

import type { components, paths } from "./generated/api"

export type Method = "get" | "post" | "put" | "delete"

/** The document's paths that have this method. */
export type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never
}[keyof paths]

export type Operation<M extends Method, P extends PathWith<M>> = paths[P][M]

type JsonOf<R> = R extends { content: { "application/json": infer J } } ? J : undefined
type ResponsesOf<O> = O extends { responses: infer R } ? R : never

/** The JSON body of the operation's 2xx responses (undefined for 204). */
export type Success<O> = {
  [S in keyof ResponsesOf<O>]: S extends 200 | 201 | 202 | 204 ? JsonOf<ResponsesOf<O>[S]> : never
}[keyof ResponsesOf<O>]

/** The request body the operation declares (never when it has none). */
export type BodyOf<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never

type ParametersOf<O> = O extends { parameters: infer P } ? P : never
export type QueryOf<O> = ParametersOf<O> extends { query?: infer Q } ? Q : never
export type PathParamsOf<O> = ParametersOf<O> extends { path?: infer Q } ? Q : never
/** The request headers the operation declares (e.g. Idempotency-Key); never when it declares none. */
export type HeaderParamsOf<O> = ParametersOf<O> extends { header?: infer Q } ? Q : never

/** The error envelope every 4xx/5xx carries. */
export type ErrorBody = components["schemas"]["Error"]

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: Record<string, string>
  readonly details: Record<string, unknown>

  constructor(status: number, body: ErrorBody) {
    super(`${status} ${body.error.code}: ${body.error.message}`)
    this.status = status
    this.code = body.error.code
    this.fields = body.error.fields
    this.details = (body.error.details ?? {}) as Record<string, unknown>
  }
}

export interface Options<O> {
  path?: PathParamsOf<O>
  query?: QueryOf<O>
  body?: BodyOf<O>
  headers?: HeaderParamsOf<O>
}

export interface Result<O> {
  status: number
  data: Success<O>
  /** Response headers, names in lower case. */
  headers: Record<string, string>
}

export interface Session {
  baseUrl: string
  token: string | null
}

/** The server this mini-program talks to, and the signed-in user's token. */
export const session: Session = { baseUrl: "http://127.0.0.1:8080", token: null }

export function url(path: string, query?: unknown): string {
  const pairs = Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return session.baseUrl + path + (pairs.length ? `?${pairs.join("&")}` : "")
}

export function authHeader(): Record<string, string> {
  return session.token ? { Authorization: `Bearer ${session.token}` } : {}
}

function fillPath(template: string, params: unknown): string {
  const values = (params ?? {}) as Record<string, string | number>
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${template}`)
    return encodeURIComponent(String(value))
  })
}

function lowerCase(header: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(header)) out[name.toLowerCase()] = String(value)
  return out
}

/** Calls one operation of the document: resolves with its 2xx body, rejects with ApiError. */
export function call<M extends Method, P extends PathWith<M>>(
  method: M,
  path: P,
  options: Options<Operation<M, P>> = {},
): Promise<Result<Operation<M, P>>> {
  return new Promise((resolve, reject) => {
    wx.request({
      url: url(fillPath(path, options.path), options.query),
      method: method.toUpperCase() as "GET" | "POST" | "PUT" | "DELETE",
      data: options.body as WechatMiniprogram.IAnyObject | undefined,
      header: { ...authHeader(), ...((options.headers ?? {}) as Record<string, string>) },
      dataType: "json",
      success(res) {
        const headers = lowerCase(res.header)
        if (res.statusCode >= 200 && res.statusCode < 300) {
          resolve({ status: res.statusCode, data: res.data as Success<Operation<M, P>>, headers })
        } else if (typeof res.data === "object" && res.data !== null && "error" in res.data) {
          reject(new ApiError(res.statusCode, res.data as ErrorBody))
        } else {
          reject(new Error(`${method.toUpperCase()} ${path}: HTTP ${res.statusCode} without the error envelope`))
        }
      },
      fail(err) {
        reject(new Error(`${method.toUpperCase()} ${path}: ${err.errMsg}`))
      },
    })
  })
}
