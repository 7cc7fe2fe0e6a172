// Logs what a handler is given: the parsed query object (a null-prototype
// object under Express 5's simple query parser) at debug level and the parsed
// body (JSON or urlencoded) at verbose level, then the handler's outcome with
// structured params.
import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';

@Injectable()
export class RequestPayloadInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Payload');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const handler = `${context.getClass().name}.${context.getHandler().name}`;
    if (req.query && Object.keys(req.query).length > 0) {
      this.logger.debug(req.query);
    }
    if (req.body && typeof req.body === 'object' && Object.keys(req.body).length > 0) {
      this.logger.verbose(req.body);
    }
    const started = Date.now();
    return next.handle().pipe(
      tap(() => this.logger.log(`${handler} done`, { params: req.params, ms: Date.now() - started })),
    );
  }
}
