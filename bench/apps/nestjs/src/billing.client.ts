// An outgoing HTTP client (axios) for two upstream services. The billing API
// is called with the caller's own Authorization header (token relay) or, when
// there is none, with the service's API key; the ledger service is called with
// the service's key only.
import { Injectable } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';

@Injectable()
export class BillingClient {
  private readonly billing: AxiosInstance = axios.create({
    baseURL: process.env.UPSTREAM_URL,
    timeout: 2000,
    headers: { 'User-Agent': 'orders-service/1.4.2' },
  });
  private readonly ledgerHttp: AxiosInstance = axios.create({
    baseURL: process.env.LEDGER_URL,
    timeout: 2000,
  });
  private readonly apiKey = process.env.BILLING_API_KEY ?? '';

  async invoices(customerId: string, authorization?: string): Promise<unknown> {
    const res = await this.billing.get(`/v1/customers/${encodeURIComponent(customerId)}/invoices`, {
      headers: { Authorization: authorization ?? `Bearer ${this.apiKey}` },
    });
    return res.data;
  }

  async ledger(customerId: string): Promise<unknown> {
    const res = await this.ledgerHttp.get(`/entries`, {
      params: { customer: customerId },
      headers: { Authorization: `Bearer ${this.apiKey}` },
    });
    return res.data;
  }
}
