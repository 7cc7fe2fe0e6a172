// The service's routes. Each logs the way application code commonly does,
// with new Logger(Context) and .log/.debug/.warn/.error.
import { randomBytes } from 'node:crypto';
import {
  BadGatewayException,
  Body,
  Controller,
  ForbiddenException,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  Post,
  Query,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import type { Response } from 'express';
import { BillingClient } from './billing.client.js';

@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  @Get()
  check(): { status: string; uptimeSeconds: number } {
    const uptimeSeconds = Math.round(process.uptime());
    this.logger.debug(`health ok, uptime ${uptimeSeconds}s, rss ${process.memoryUsage().rss} bytes`);
    return { status: 'ok', uptimeSeconds };
  }
}

@Controller('orders')
export class OrdersController {
  private readonly logger = new Logger(OrdersController.name);

  @Get(':id')
  find(@Param('id') id: string, @Headers('x-tenant-id') tenant: string, @Headers('x-request-id') requestId: string) {
    this.logger.log(`Fetching order ${id} for tenant ${tenant} (request ${requestId})`);
    const order = { id, tenant, status: 'shipped', updatedAt: new Date(Date.UTC(2024, 4, 17, 9, 30)).toISOString() };
    this.logger.debug(order);
    return order;
  }
}

@Controller()
export class SearchController {
  private readonly logger = new Logger(SearchController.name);

  @Get('search')
  search(@Query('q') q: string, @Query('page') page = '1') {
    this.logger.log(`search "${q}" page ${page}`);
    return { q, page: Number(page), results: [] };
  }

  @Get('exports')
  exports(@Query('format') format: string, @Query('since') since: string) {
    this.logger.log(`export requested: format=${format} since=${since}`);
    return { format, since, rows: 0 };
  }

  @Get('oauth/callback')
  callback(@Query('code') code: string) {
    if (!code || code.length < 20) {
      throw new UnauthorizedException('invalid authorization code');
    }
    this.logger.log('authorization code exchanged');
    return { ok: true };
  }
}

@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);
  private readonly demoPassword = process.env.DEMO_PASSWORD ?? '';

  @Post('login')
  @HttpCode(200)
  login(@Body() body: { username?: string; password?: string }, @Res({ passthrough: true }) res: Response) {
    if (body.username === 'demo' && this.demoPassword !== '' && body.password === this.demoPassword) {
      const sessionId = randomBytes(24).toString('base64url');
      res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3_600_000 });
      this.logger.log(`login ok for ${body.username}`);
      this.logger.debug({ event: 'session.created', user: body.username, sessionId });
      return { ok: true };
    }
    this.logger.warn(`Login failed for ${body.username}`);
    this.logger.warn(body);
    throw new UnauthorizedException('Invalid credentials');
  }

  @Post('logout')
  @HttpCode(204)
  logout(@Headers('cookie') cookie: string | undefined): void {
    this.logger.log(`logout, cookie header: ${cookie}`);
  }
}

@Controller('me')
export class ProfileController {
  private readonly logger = new Logger(ProfileController.name);

  @Get()
  me(@Headers('authorization') authorization: string | undefined) {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    const parts = token.split('.');
    if (parts.length !== 3) {
      throw new UnauthorizedException('missing bearer token');
    }
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { sub: string; exp: number; scope: string };
    if (claims.exp * 1000 < Date.UTC(2025, 0, 1)) {
      this.logger.warn(`rejected expired token ${token}`);
      throw new UnauthorizedException('jwt expired');
    }
    this.logger.log(`user ${claims.sub} scope=${claims.scope} token expires ${new Date(claims.exp * 1000).toISOString()}`);
    return { sub: claims.sub, scope: claims.scope };
  }
}

@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  @Get(':id')
  report(@Param('id') id: string, @Headers('authorization') authorization: string | undefined) {
    const user = authorization?.startsWith('Basic ')
      ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0]
      : 'anonymous';
    this.logger.debug(`report ${id} requested by ${user}`);
    throw new ForbiddenException(`user ${user} may not read report ${id}`);
  }
}

@Controller('billing')
export class BillingController {
  private readonly logger = new Logger(BillingController.name);

  constructor(private readonly billing: BillingClient) {}

  @Get(':customerId/invoices')
  async invoices(@Param('customerId') customerId: string, @Headers('authorization') authorization: string | undefined) {
    try {
      return await this.billing.invoices(customerId, authorization);
    } catch (err) {
      // The usual ways an upstream failure gets logged.
      const e = err as Error & { toJSON?: () => object; config?: { headers?: unknown } };
      this.logger.error(`billing API call failed for ${customerId}: ${e.message}`, e.stack);
      if (typeof e.toJSON === 'function') {
        this.logger.error(e.toJSON());
      }
      throw new BadGatewayException('billing service unavailable');
    }
  }

  @Get(':customerId/ledger')
  async ledger(@Param('customerId') customerId: string) {
    try {
      return await this.billing.ledger(customerId);
    } catch (err) {
      this.logger.error(err);
      throw new BadGatewayException('ledger service unavailable');
    }
  }
}

@Controller('webhooks')
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  @Post(':provider')
  @HttpCode(202)
  receive(@Param('provider') provider: string, @Body() body: { id?: string; type?: string }) {
    this.logger.log(`webhook ${provider} ${body.type} ${body.id}`);
    return { received: true };
  }
}

@Controller('integrations')
export class IntegrationsController {
  private readonly logger = new Logger(IntegrationsController.name);

  @Post()
  @HttpCode(201)
  save(@Body() body: { provider: string; settings: Record<string, unknown> }) {
    this.logger.log(`integration ${body.provider} saved`, { provider: body.provider, settings: body.settings });
    return { provider: body.provider };
  }
}

@Controller('deployments')
export class DeploymentsController {
  private readonly logger = new Logger(DeploymentsController.name);

  @Post()
  @HttpCode(201)
  create(@Body() body: { service: string; roleArn: string; artifact: string; commit: string; startedAt: string; jobId: string }) {
    this.logger.log(`deploying ${body.service} at ${body.commit} as ${body.roleArn}`);
    this.logger.debug(body);
    return { jobId: body.jobId, state: 'queued' };
  }
}

@Controller('assets')
export class AssetsController {
  private readonly logger = new Logger(AssetsController.name);

  @Get(':bucket/*key')
  asset(@Param('bucket') bucket: string, @Param('key') key: string[] | string) {
    const objectKey = Array.isArray(key) ? key.join('/') : key;
    const arn = `arn:aws:s3:::${bucket}/${objectKey}`;
    this.logger.log(`serving ${arn} from /var/cache/assets/${bucket}/${objectKey}`);
    return { arn };
  }
}
