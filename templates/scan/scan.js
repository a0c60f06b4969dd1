// 扫码开票 buyer page: 个人/单位 and 专票 fields, the tax ID check (same rule as the server),
// 抬头 suggestions (this browser's earlier titles + titles the shop saved), WeChat chooseInvoiceTitle.
(function () {
  "use strict";
  if (/MicroMessenger/i.test(navigator.userAgent)) { document.documentElement.classList.add("wechat"); }
  // The status page looks again every 20 s while the request waits (not while a message is being typed).
  var status = document.getElementById("status");
  if (status && status.classList.contains("submitted")) {
    window.setInterval(function () {
      var message = document.getElementById("message");
      if (!message || (!message.value && document.activeElement !== message)) { window.location.reload(); }
    }, 20000);
  }
  var form = document.getElementById("scan-form");
  if (!form) { return; }
  var code = form.getAttribute("data-code");
  var nameInput = document.getElementById("buyer_name");
  var taxInput = document.getElementById("buyer_tax_id");
  var hint = document.getElementById("tax-hint");
  var list = document.getElementById("title-suggestions");
  var KEY = "fapiao.scan.titles";
  var known = {};

  function radio(name) {
    var checked = form.querySelector("input[name=" + name + "]:checked");
    return checked ? checked.value : "";
  }
  function layout() {
    form.classList.toggle("person", radio("title_type") === "person");
    form.classList.toggle("special", radio("kind") === "special");
  }
  form.addEventListener("change", layout);
  layout();

  // GB 32100-2015 check digit of the 18-character 统一社会信用代码 (core/domain/taxpayer_id.py).
  var CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  var WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  function taxIdProblem(raw) {
    var v = raw.replace(/[\s-]/g, "").toUpperCase();
    if (!v) { return "单位抬头须填写纳税人识别号（统一社会信用代码）。"; }
    if (v.length === 18) {
      var sum = 0;
      for (var i = 0; i < 17; i++) {
        var n = CHARS.indexOf(v.charAt(i));
        if (n < 0) { return "纳税人识别号格式不对：只能是数字和大写字母（不含 I、O、Z、S、V）。"; }
        sum += n * WEIGHTS[i];
      }
      var check = CHARS.charAt((31 - sum % 31) % 31);
      return v.charAt(17) === check ? "" : "纳税人识别号校验位不对，请逐位核对（最后一位应为 " + check + "）。";
    }
    return /^[0-9A-Z]{15}$|^[0-9A-Z]{17}$|^[0-9A-Z]{20}$/.test(v) ? "" : "纳税人识别号应为 18 位统一社会信用代码。";
  }
  function checkTaxId() {
    // The hint keeps its space (min-height), so the button under it does not move while it is clicked.
    if (!taxInput || radio("title_type") === "person") { if (hint) { hint.textContent = ""; } return true; }
    var problem = taxIdProblem(taxInput.value);
    hint.textContent = problem;
    return !problem;
  }
  if (taxInput) {
    taxInput.addEventListener("blur", checkTaxId);
    taxInput.addEventListener("input", function () { if (hint.textContent) { checkTaxId(); } });
  }

  function history() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function offer(items) {
    items.forEach(function (t) { if (t.name && t.tax_id) { known[t.name] = t.tax_id; } });
    while (list.firstChild) { list.removeChild(list.firstChild); }
    Object.keys(known).forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      option.label = known[name];
      list.appendChild(option);
    });
  }
  offer(history());
  var timer = null;
  nameInput.addEventListener("input", function () {
    var q = nameInput.value.trim();
    if (known[q] && taxInput && !taxInput.value) { taxInput.value = known[q]; checkTaxId(); }
    window.clearTimeout(timer);
    if (q.length < 2) { return; }
    timer = window.setTimeout(function () {
      fetch("/s/" + code + "/suggest?q=" + encodeURIComponent(q), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : {items: []}; })
        .then(function (data) { offer(data.items || []); })
        .catch(function () {});
    }, 250);
  });

  form.addEventListener("submit", function (event) {
    if (!checkTaxId()) { event.preventDefault(); taxInput.focus(); return; }
    if (radio("title_type") !== "person" && taxInput && taxInput.value) {
      var saved = history().filter(function (t) { return t.name !== nameInput.value.trim(); });
      saved.unshift({name: nameInput.value.trim(), tax_id: taxInput.value.trim().toUpperCase()});
      try { window.localStorage.setItem(KEY, JSON.stringify(saved.slice(0, 5))); } catch (e) { /* private mode */ }
    }
  });

  // Inside WeChat: the JS-SDK's chooseInvoiceTitle fills the form from 我的发票抬头.
  function fill(info) {
    var org = String(info.type) === "0";
    document.getElementById(org ? "type-org" : "type-person").checked = true;
    nameInput.value = info.title || "";
    if (taxInput) { taxInput.value = info.taxNumber || ""; }
    var address = document.getElementById("address_phone");
    if (address) { address.value = [info.companyAddress, info.telephone].filter(Boolean).join(" "); }
    var bank = document.getElementById("bank_account");
    if (bank) { bank.value = [info.bankName, info.bankAccount].filter(Boolean).join(" "); }
    layout();
    checkTaxId();
  }
  function wechat() {
    if (!/MicroMessenger/i.test(navigator.userAgent) || !window.wx) { return; }
    fetch("/s/jssdk?url=" + encodeURIComponent(location.href.split("#")[0]), {credentials: "same-origin"})
      .then(function (r) { if (!r.ok) { throw new Error("jssdk"); } return r.json(); })
      .then(function (c) {
        window.wx.config({appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature,
                          jsApiList: ["chooseInvoiceTitle"]});
        window.wx.ready(function () {
          var button = document.getElementById("wx-title");
          button.classList.remove("hidden");
          button.addEventListener("click", function () {
            window.wx.chooseInvoiceTitle({scene: "1", success: function (res) {
              try { fill(JSON.parse(res.choose_invoice_title_info)); } catch (e) { /* user closed it */ }
            }});
          });
        });
      })
      .catch(function () {});
  }
  // Back from WeChat's select-title page: the 抬头 the buyer picked there (sent to the official account).
  function pickedTitle() {
    fetch("/s/" + code + "/title.json", {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : {title: null}; })
      .then(function (data) { if (data.title && data.title.title && !nameInput.value) { fill(data.title); } })
      .catch(function () {});
  }
  function ready() { wechat(); pickedTitle(); }
  if (document.readyState === "complete") { ready(); } else { window.addEventListener("load", ready); }
}());
