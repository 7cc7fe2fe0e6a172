import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { BillingClient } from './billing.client.js';
import {
  AssetsController,
  AuthController,
  BillingController,
  DeploymentsController,
  HealthController,
  IntegrationsController,
  OrdersController,
  ProfileController,
  ReportsController,
  SearchController,
  WebhooksController,
} from './controllers.js';
import { RequestLoggerMiddleware } from './request-logger.middleware.js';
import { RequestPayloadInterceptor } from './request-payload.interceptor.js';

@Module({
  controllers: [
    HealthController,
    OrdersController,
    SearchController,
    AuthController,
    ProfileController,
    ReportsController,
    BillingController,
    WebhooksController,
    IntegrationsController,
    DeploymentsController,
    AssetsController,
  ],
  providers: [BillingClient, { provide: APP_INTERCEPTOR, useClass: RequestPayloadInterceptor }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
