// A catch-all exception filter: it logs the error with its stack, then echoes
// the request it failed on (headers, query and body) so the failure can be
// reproduced, and answers with Nest's usual error body.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExceptionsHandler');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const message = exception instanceof Error ? exception.message : String(exception);

    this.logger.error(
      `${req.method} ${req.originalUrl} failed with ${status}: ${message}`,
      exception instanceof Error ? exception.stack : undefined,
    );
    this.logger.error({
      request: {
        method: req.method,
        url: req.originalUrl,
        headers: req.headers,
        query: req.query,
        body: req.body,
      },
    });

    res.status(status).json({
      statusCode: status,
      message,
      path: req.path,
      timestamp: new Date().toISOString(),
    });
  }
}
