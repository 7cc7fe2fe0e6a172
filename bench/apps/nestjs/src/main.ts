// The service: NestJS on Express over HTTPS with mutual TLS, logging through
// Nest's own ConsoleLogger. LOG_MODE chooses how the logger prints:
//   color  colours forced on (what a developer's terminal or a container
//          runtime that keeps ANSI codes records)
//   plain  colours off
//   json   ConsoleLogger's json mode
// TLS_DIR holds ca.pem, server.pem and server-key.pem; PORT and UPSTREAM_URL
// come from capture.sh. The process exits by itself after MAX_LIFETIME_MS.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

function makeLogger(mode: string): ConsoleLogger {
  switch (mode) {
    case 'color':
      return new ConsoleLogger({ colors: true, timestamp: true });
    case 'plain':
      return new ConsoleLogger({ colors: false, timestamp: true });
    case 'json':
      return new ConsoleLogger({ json: true });
    default:
      throw new Error(`LOG_MODE must be color, plain or json, not ${JSON.stringify(mode)}`);
  }
}

async function bootstrap(): Promise<void> {
  const tlsDir = process.env.TLS_DIR;
  if (!tlsDir) throw new Error('TLS_DIR is not set');
  const port = Number(process.env.PORT ?? '0');
  const lifetime = Number(process.env.MAX_LIFETIME_MS ?? '300000');

  const app = await NestFactory.create(AppModule, {
    logger: makeLogger(process.env.LOG_MODE ?? 'color'),
    httpsOptions: {
      key: readFileSync(join(tlsDir, 'server-key.pem')),
      cert: readFileSync(join(tlsDir, 'server.pem')),
      ca: readFileSync(join(tlsDir, 'ca.pem')),
      requestCert: true,
      rejectUnauthorized: true,
    },
  });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
  const logger = new Logger('Bootstrap');
  logger.log(`Listening on ${await app.getUrl()} (mutual TLS, client certificate required)`);

  const timer = setTimeout(() => {
    logger.warn(`Lifetime of ${lifetime} ms reached; shutting down`);
    void app.close();
  }, lifetime);
  timer.unref();
}

bootstrap().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
