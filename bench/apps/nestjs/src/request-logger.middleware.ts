// Access logging the way many Nest services do it: one line when a request
// comes in (with the client certificate that mutual TLS authenticated), the
// whole req.headers object at debug level, and one line when it is answered.
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { TLSSocket } from 'node:tls';

@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    this.logger.log(`--> ${req.method} ${req.originalUrl} client=${peer.subject?.CN} fp=${peer.fingerprint256}`);
    this.logger.debug(req.headers);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.logger.log(`<-- ${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  }
}
