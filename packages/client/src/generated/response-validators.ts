/**
 * generated — do not edit.
 * Source: spec/openapi.yaml, compiled by Ajv (standalone). Regenerate with `pnpm generate`.
 */
/* biome-ignore-all lint: generated code */
// @ts-nocheck
import { formats } from '../core/formats.js';
// formats used: date-time

export const response_beta_batch_list = validate20;
const schema31 = {"$ref":"openapi#/components/schemas/BatchJobQueryResponse"};
const schema33 = {"type":"object","title":"BatchJobQueryResponse","description":"Response schema for paginated batch job queries.","required":["items"],"properties":{"items":{"type":"array","description":"The list of items.","items":{"$ref":"#/components/schemas/BatchJobResponse"}},"next_page_token":{"type":["string","null"],"description":"A token, which can be sent as page_token to retrieve the next page. If this field is omitted, there are no subsequent pages."},"total_size":{"type":["integer","null"],"description":"The total number of items available. This is only populated when specifically requested. The value may be an estimate and can be used for display purposes only."}}};
const schema34 = {"type":"object","title":"BatchJobResponse","description":"A batch processing job.","required":["id","job_type","project_id","status","total_items"],"properties":{"id":{"type":"string","description":"Unique identifier for the batch job"},"job_type":{"$ref":"#/components/schemas/BatchJobType","description":"Type of processing operation (parse or classify)"},"project_id":{"type":"string","description":"Project this job belongs to"},"status":{"$ref":"#/components/schemas/BatchJobStatus","description":"Current job status"},"total_items":{"type":"integer","description":"Total number of items in the job"},"completed_at":{"type":["string","null"],"format":"date-time","description":"Timestamp when job completed"},"created_at":{"type":["string","null"],"format":"date-time","description":"Creation datetime"},"directory_id":{"type":["string","null"],"description":"Directory being processed"},"effective_at":{"type":"string","format":"date-time","description":"Time from which the job's status is in effect"},"error_message":{"type":["string","null"],"description":"Error message for the latest job attempt, if any."},"failed_items":{"type":"integer","default":0,"description":"Number of items that failed processing"},"job_record_id":{"type":["string","null"],"description":"The job record ID associated with this status, if any."},"processed_items":{"type":"integer","default":0,"description":"Number of items processed so far"},"skipped_items":{"type":"integer","default":0,"description":"Number of items skipped (already processed or size limit)"},"started_at":{"type":["string","null"],"format":"date-time","description":"Timestamp when job processing started"},"updated_at":{"type":["string","null"],"format":"date-time","description":"Update datetime"},"workflow_id":{"type":["string","null"],"description":"Async job tracking ID"}}};
const schema35 = {"type":"string","title":"BatchJobType","description":"Type of processing operation","enum":["parse","extract","classify"]};
const schema36 = {"type":"string","title":"BatchJobStatus","description":"Lifecycle state of a batch job","enum":["pending","running","dispatched","completed","failed","cancelled"]};
const formats0 = formats["date-time"];

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.job_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.project_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.total_items === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_items"},message:"must have required property '"+"total_items"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.job_type !== undefined){
let data1 = data.job_type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/job_type",schemaPath:"#/components/schemas/BatchJobType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data1 === "parse") || (data1 === "extract")) || (data1 === "classify"))){
const err7 = {instancePath:instancePath+"/job_type",schemaPath:"#/components/schemas/BatchJobType/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err8 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data3 === "pending") || (data3 === "running")) || (data3 === "dispatched")) || (data3 === "completed")) || (data3 === "failed")) || (data3 === "cancelled"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobStatus/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.total_items !== undefined){
let data4 = data.total_items;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/total_items",schemaPath:"#/properties/total_items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.completed_at !== undefined){
let data5 = data.completed_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema34.properties.completed_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data6 = data.created_at;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema34.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.directory_id !== undefined){
let data7 = data.directory_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err16 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: schema34.properties.directory_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.effective_at !== undefined){
let data8 = data.effective_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err17 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.error_message !== undefined){
let data9 = data.error_message;
if((typeof data9 !== "string") && (data9 !== null)){
const err19 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema34.properties.error_message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.failed_items !== undefined){
let data10 = data.failed_items;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/failed_items",schemaPath:"#/properties/failed_items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.job_record_id !== undefined){
let data11 = data.job_record_id;
if((typeof data11 !== "string") && (data11 !== null)){
const err21 = {instancePath:instancePath+"/job_record_id",schemaPath:"#/properties/job_record_id/type",keyword:"type",params:{type: schema34.properties.job_record_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.processed_items !== undefined){
let data12 = data.processed_items;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err22 = {instancePath:instancePath+"/processed_items",schemaPath:"#/properties/processed_items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.skipped_items !== undefined){
let data13 = data.skipped_items;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err23 = {instancePath:instancePath+"/skipped_items",schemaPath:"#/properties/skipped_items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.started_at !== undefined){
let data14 = data.started_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema34.properties.started_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err26 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema34.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err27 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.workflow_id !== undefined){
let data16 = data.workflow_id;
if((typeof data16 !== "string") && (data16 !== null)){
const err28 = {instancePath:instancePath+"/workflow_id",schemaPath:"#/properties/workflow_id/type",keyword:"type",params:{type: schema34.properties.workflow_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"id":true,"job_type":true,"project_id":true,"status":true,"total_items":true,"completed_at":true,"created_at":true,"directory_id":true,"effective_at":true,"error_message":true,"failed_items":true,"job_record_id":true,"processed_items":true,"skipped_items":true,"started_at":true,"updated_at":true,"workflow_id":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.next_page_token !== undefined){
let data2 = data.next_page_token;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/next_page_token",schemaPath:"#/properties/next_page_token/type",keyword:"type",params:{type: schema33.properties.next_page_token.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.total_size !== undefined){
let data3 = data.total_size;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
const err3 = {instancePath:instancePath+"/total_size",schemaPath:"#/properties/total_size/type",keyword:"type",params:{type: schema33.properties.total_size.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};

/** 2xx response validators, by operation. */
export const validators = {
  "beta.batch.list": response_beta_batch_list,
};
