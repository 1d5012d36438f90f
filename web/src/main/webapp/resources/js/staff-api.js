// The staff pages' one way to call the REST API (same origin, signed in): JSON in and out; a
// refusal becomes an Error with the problem's detail and its field errors (`error.fields`).
window.callistoApi = async function (method, path, body, raw) {
  'use strict';
  const response = await fetch('api/v1' + path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : (raw ? body : JSON.stringify(body))
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((data && (data.detail || data.title)) || response.statusText);
    error.fields = (data && data.errors) || [];
    throw error;
  }
  return data;
};
