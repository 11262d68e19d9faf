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
const schema34 = {"type":"object","title":"BatchJobResponse","x-llamacloud-table":["id","job_type","status","created_at"],"description":"A batch processing job.","required":["id","job_type","project_id","status","total_items"],"properties":{"id":{"type":"string","description":"Unique identifier for the batch job"},"job_type":{"$ref":"#/components/schemas/BatchJobType","description":"Type of processing operation (parse or classify)"},"project_id":{"type":"string","description":"Project this job belongs to"},"status":{"$ref":"#/components/schemas/BatchJobStatus","description":"Current job status"},"total_items":{"type":"integer","description":"Total number of items in the job"},"completed_at":{"type":["string","null"],"format":"date-time","description":"Timestamp when job completed"},"created_at":{"type":["string","null"],"format":"date-time","description":"Creation datetime"},"directory_id":{"type":["string","null"],"description":"Directory being processed"},"effective_at":{"type":"string","format":"date-time","description":"Time from which the job's status is in effect"},"error_message":{"type":["string","null"],"description":"Error message for the latest job attempt, if any."},"failed_items":{"type":"integer","default":0,"description":"Number of items that failed processing"},"job_record_id":{"type":["string","null"],"description":"The job record ID associated with this status, if any."},"processed_items":{"type":"integer","default":0,"description":"Number of items processed so far"},"skipped_items":{"type":"integer","default":0,"description":"Number of items skipped (already processed or size limit)"},"started_at":{"type":["string","null"],"format":"date-time","description":"Timestamp when job processing started"},"updated_at":{"type":["string","null"],"format":"date-time","description":"Update datetime"},"workflow_id":{"type":["string","null"],"description":"Async job tracking ID"}}};
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

export const response_beta_batch_create = validate26;
const schema37 = {"$ref":"openapi#/components/schemas/BatchJobResponse"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
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
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"id":true,"job_type":true,"project_id":true,"status":true,"total_items":true,"completed_at":true,"created_at":true,"directory_id":true,"effective_at":true,"error_message":true,"failed_items":true,"job_record_id":true,"processed_items":true,"skipped_items":true,"started_at":true,"updated_at":true,"workflow_id":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"id":true,"job_type":true,"project_id":true,"status":true,"total_items":true,"completed_at":true,"created_at":true,"directory_id":true,"effective_at":true,"error_message":true,"failed_items":true,"job_record_id":true,"processed_items":true,"skipped_items":true,"started_at":true,"updated_at":true,"workflow_id":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_batch_getStatus = validate29;
const schema41 = {"$ref":"openapi#/components/schemas/BatchJobStatusResponse"};
const schema42 = {"type":"object","title":"BatchJobStatusResponse","description":"A batch job and how far along it is.","required":["job","progress_percentage"],"properties":{"job":{"$ref":"#/components/schemas/BatchJobResponse","description":"The batch job"},"progress_percentage":{"type":"number","minimum":0,"maximum":100,"description":"Share of the job's items processed so far, in percent"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.progress_percentage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "progress_percentage"},message:"must have required property '"+"progress_percentage"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.job !== undefined){
if(!(validate23(data.job, {instancePath:instancePath+"/job",parentData:data,parentDataProperty:"job",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.progress_percentage !== undefined){
let data1 = data.progress_percentage;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/progress_percentage",schemaPath:"#/properties/progress_percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/progress_percentage",schemaPath:"#/properties/progress_percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/progress_percentage",schemaPath:"#/properties/progress_percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"job":true,"progress_percentage":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"job":true,"progress_percentage":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_batch_cancel = validate33;
const schema43 = {"$ref":"openapi#/components/schemas/BatchJobCancelResponse"};
const schema44 = {"type":"object","title":"BatchJobCancelResponse","description":"The outcome of cancelling a batch job.","required":["job_id","message","processed_items","status"],"properties":{"job_id":{"type":"string","description":"ID of the job that was cancelled"},"message":{"type":"string","description":"Human-readable confirmation"},"processed_items":{"type":"integer","description":"How many items had been processed when the job was stopped"},"status":{"$ref":"#/components/schemas/BatchJobStatus","description":"The job's status now, normally cancelled"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.processed_items === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "processed_items"},message:"must have required property '"+"processed_items"+"'"};
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
if(data.job_id !== undefined){
if(typeof data.job_id !== "string"){
const err4 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err5 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.processed_items !== undefined){
let data2 = data.processed_items;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/processed_items",schemaPath:"#/properties/processed_items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data3 === "pending") || (data3 === "running")) || (data3 === "dispatched")) || (data3 === "completed")) || (data3 === "failed")) || (data3 === "cancelled"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobStatus/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"job_id":true,"message":true,"processed_items":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"job_id":true,"message":true,"processed_items":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_batch_jobItems_list = validate36;
const schema46 = {"$ref":"openapi#/components/schemas/BatchJobItemQueryResponse"};
const schema47 = {"type":"object","title":"BatchJobItemQueryResponse","description":"One page of a batch job's items.","required":["items"],"properties":{"items":{"type":"array","description":"The items on this page","items":{"$ref":"#/components/schemas/BatchJobItem"}},"next_page_token":{"type":["string","null"],"description":"Token for the following page; absent or null on the last page"},"total_size":{"type":["integer","null"],"description":"Total number of matching items, when the service reports it (possibly an estimate)"}}};
const schema48 = {"type":"object","title":"BatchJobItem","x-llamacloud-table":["item_name","status","error_message"],"description":"One item (file) of a batch job and where its processing stands.","required":["item_id","item_name","status"],"properties":{"item_id":{"type":"string","description":"ID of the item"},"item_name":{"type":"string","description":"Name of the item, usually its file name"},"status":{"$ref":"#/components/schemas/BatchJobItemStatus","description":"Where processing of this item stands"},"completed_at":{"type":["string","null"],"format":"date-time","description":"When processing of the item ended"},"effective_at":{"type":"string","format":"date-time","description":"Time from which the item's status is in effect"},"error_message":{"type":["string","null"],"description":"Error of the latest attempt, if it had one"},"job_id":{"type":["string","null"],"description":"The parse, extract or classify job that processed the item; look its results up there"},"job_record_id":{"type":["string","null"],"description":"Job record this status belongs to, if any"},"skip_reason":{"type":["string","null"],"description":"Why the item was skipped, e.g. already_processed or size_limit_exceeded"},"started_at":{"type":["string","null"],"format":"date-time","description":"When processing of the item began"}}};
const schema49 = {"type":"string","title":"BatchJobItemStatus","description":"Processing state of one item of a batch job","enum":["pending","processing","completed","failed","skipped","cancelled"]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item_id"},message:"must have required property '"+"item_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.item_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item_name"},message:"must have required property '"+"item_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.item_id !== undefined){
if(typeof data.item_id !== "string"){
const err3 = {instancePath:instancePath+"/item_id",schemaPath:"#/properties/item_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.item_name !== undefined){
if(typeof data.item_name !== "string"){
const err4 = {instancePath:instancePath+"/item_name",schemaPath:"#/properties/item_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobItemStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "pending") || (data2 === "processing")) || (data2 === "completed")) || (data2 === "failed")) || (data2 === "skipped")) || (data2 === "cancelled"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchJobItemStatus/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.completed_at !== undefined){
let data3 = data.completed_at;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema48.properties.completed_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err8 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.effective_at !== undefined){
let data4 = data.effective_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err9 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.error_message !== undefined){
let data5 = data.error_message;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema48.properties.error_message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.job_id !== undefined){
let data6 = data.job_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err12 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: schema48.properties.job_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.job_record_id !== undefined){
let data7 = data.job_record_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/job_record_id",schemaPath:"#/properties/job_record_id/type",keyword:"type",params:{type: schema48.properties.job_record_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.skip_reason !== undefined){
let data8 = data.skip_reason;
if((typeof data8 !== "string") && (data8 !== null)){
const err14 = {instancePath:instancePath+"/skip_reason",schemaPath:"#/properties/skip_reason/type",keyword:"type",params:{type: schema48.properties.skip_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.started_at !== undefined){
let data9 = data.started_at;
if((typeof data9 !== "string") && (data9 !== null)){
const err15 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema48.properties.started_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err16 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"item_id":true,"item_name":true,"status":true,"completed_at":true,"effective_at":true,"error_message":true,"job_id":true,"job_record_id":true,"skip_reason":true,"started_at":true},"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
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
if(!(validate38(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
const err2 = {instancePath:instancePath+"/next_page_token",schemaPath:"#/properties/next_page_token/type",keyword:"type",params:{type: schema47.properties.next_page_token.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/total_size",schemaPath:"#/properties/total_size/type",keyword:"type",params:{type: schema47.properties.total_size.type},message:"must be integer,null"};
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
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_batch_jobItems_getProcessingResults = validate41;
const schema50 = {"$ref":"openapi#/components/schemas/ItemProcessingResults"};
const schema51 = {"type":"object","title":"ItemProcessingResults","description":"Everything that was done to one item.","required":["item_id","item_name"],"properties":{"item_id":{"type":"string","description":"ID of the item"},"item_name":{"type":"string","description":"Name of the item"},"processing_results":{"type":"array","description":"One entry per time the item was processed","items":{"$ref":"#/components/schemas/ProcessingResult"}}}};
const schema52 = {"type":"object","title":"ProcessingResult","description":"One processing of an item, with the configuration it used and where its output went.","required":["item_id","job_config","job_type","output_s3_path","parameters_hash","processed_at","result_id"],"properties":{"item_id":{"type":"string","description":"ID of the item that was processed"},"job_config":{"description":"The configuration the job ran with","anyOf":[{"$ref":"#/components/schemas/BatchParseJobRecordCreate"},{"$ref":"#/components/schemas/ClassifyJob"}]},"job_type":{"$ref":"#/components/schemas/BatchJobType","description":"Kind of processing that ran"},"output_s3_path":{"type":"string","description":"Where the output is stored"},"parameters_hash":{"type":"string","description":"Hash of the job configuration, used to avoid processing an item twice the same way"},"processed_at":{"type":"string","format":"date-time","description":"When the processing took place"},"result_id":{"type":"string","description":"ID of this result"},"output_metadata":{"description":"Metadata about the output; currently always empty, any JSON value in future"}}};
const schema53 = {"type":"object","title":"BatchParseJobRecordCreate","description":"A parse job template for a batch: the settings shared by every file. The service fills in\neach file's own details when it creates the per-file parse jobs.\n","properties":{"correlation_id":{"type":["string","null"],"description":"ID that ties this job to related work in other services"},"job_name":{"type":"string","enum":["parse_raw_file_job"],"description":"Kind of job record; always parse_raw_file_job"},"parameters":{"description":"Parse settings applied to every file","anyOf":[{"$ref":"#/components/schemas/BatchParseJobConfig"},{"type":"null"}]},"parent_job_execution_id":{"type":["string","null"],"description":"Execution of the job this one was started from, when nested"},"partitions":{"type":"object","description":"Partition keys and values that decide where the job's output is stored","additionalProperties":{"type":"string"}},"project_id":{"type":["string","null"],"description":"Project the job belongs to"},"session_id":{"type":["string","null"],"description":"ID of the request that started the job, for tracing"},"user_id":{"type":["string","null"],"description":"User who started the job"},"webhook_url":{"type":["string","null"],"description":"URL called when the parse job ends"}}};
const schema54 = {"type":"object","title":"BatchParseJobConfig","description":"Parse settings shared by every file of a batch. File-specific fields (name, ID) are\nabsent: the service adds them per file.\n","properties":{"adaptive_long_table":{"type":["boolean","null"],"description":"Handle long tables that run down most of a page with a layout suited to them."},"aggressive_table_extraction":{"type":["boolean","null"],"description":"Look harder for tables, accepting some false positives."},"annotate_links":{"type":["boolean","null"],"description":"Keep the document's hyperlinks as annotations in the output."},"auto_mode":{"type":["boolean","null"],"description":"Let the parser switch individual pages to a stronger mode when they need it."},"auto_mode_configuration_json":{"type":["string","null"],"description":"Auto-mode settings, given as a JSON-encoded string."},"auto_mode_trigger_on_image_in_page":{"type":["boolean","null"],"description":"In auto mode, upgrade a page when it contains an image."},"auto_mode_trigger_on_regexp_in_page":{"type":["string","null"],"description":"In auto mode, upgrade a page when its text matches this regular expression."},"auto_mode_trigger_on_table_in_page":{"type":["boolean","null"],"description":"In auto mode, upgrade a page when it contains a table."},"auto_mode_trigger_on_text_in_page":{"type":["string","null"],"description":"In auto mode, upgrade a page when its text contains this string."},"azure_openai_api_version":{"type":["string","null"],"description":"API version to call your own Azure OpenAI deployment with."},"azure_openai_deployment_name":{"type":["string","null"],"description":"Name of your own Azure OpenAI deployment."},"azure_openai_endpoint":{"type":["string","null"],"description":"Endpoint URL of your own Azure OpenAI resource."},"azure_openai_key":{"type":["string","null"],"description":"Key of your own Azure OpenAI resource."},"bbox_bottom":{"type":["number","null"],"description":"Fraction of the page height, from the bottom edge, to leave out."},"bbox_left":{"type":["number","null"],"description":"Fraction of the page width, from the left edge, to leave out."},"bbox_right":{"type":["number","null"],"description":"Fraction of the page width, from the right edge, to leave out."},"bbox_top":{"type":["number","null"],"description":"Fraction of the page height, from the top edge, to leave out."},"bounding_box":{"type":["string","null"],"description":"Page margins to leave out, written as one comma-separated string."},"compact_markdown_table":{"type":["boolean","null"],"description":"Write Markdown tables without alignment padding."},"complemental_formatting_instruction":{"type":["string","null"],"description":"Formatting guidance added to the parser's built-in instructions."},"confidence_score_effort":{"type":["string","null"],"description":"How much work to spend on confidence scores."},"content_guideline_instruction":{"type":["string","null"],"description":"Guidance on which content to keep or leave out."},"continuous_mode":{"type":["boolean","null"],"description":"Read consecutive pages as one flow, so content split by a page break is joined."},"custom_metadata":{"type":["object","null"],"additionalProperties":true,"description":"Free-form metadata copied onto every resulting document."},"disable_image_extraction":{"type":["boolean","null"],"description":"Do not pull images out of the document."},"disable_ocr":{"type":["boolean","null"],"description":"Skip OCR and rely only on the text layer stored in the file."},"disable_reconstruction":{"type":["boolean","null"],"description":"Skip rebuilding the document's structure (headings, lists, tables)."},"do_not_cache":{"type":["boolean","null"],"description":"Keep this job's results out of the parse cache."},"do_not_unroll_columns":{"type":["boolean","null"],"description":"Leave multi-column layouts as they are instead of reading one column after another."},"enable_cost_optimizer":{"type":["boolean","null"],"description":"Send simple pages through cheaper processing."},"extract_charts":{"type":["boolean","null"],"description":"Pull the data out of charts."},"extract_layout":{"type":["boolean","null"],"description":"Also return where each element sits on the page."},"extract_printed_page_number":{"type":["boolean","null"],"description":"Read the page number printed on each page."},"fast_mode":{"type":["boolean","null"],"description":"Text extraction only, without OCR or reconstruction; quickest and cheapest."},"formatting_instruction":{"type":["string","null"],"description":"Instructions on how the output should be formatted."},"gpt4o_api_key":{"type":["string","null"],"description":"Your own OpenAI key, used when gpt4o_mode is on."},"gpt4o_mode":{"type":["boolean","null"],"description":"Parse with GPT-4o (an older switch)."},"guess_xlsx_sheet_name":{"type":["boolean","null"],"description":"Make up names for spreadsheet sheets that have none."},"hide_footers":{"type":["boolean","null"],"description":"Leave page footers out of the output."},"hide_headers":{"type":["boolean","null"],"description":"Leave page headers out of the output."},"high_res_ocr":{"type":["boolean","null"],"description":"Run OCR on higher-resolution images; slower, more accurate."},"html_make_all_elements_visible":{"type":["boolean","null"],"description":"For HTML input, render elements that the page hides."},"html_remove_fixed_elements":{"type":["boolean","null"],"description":"For HTML input, drop fixed-position elements such as banners."},"html_remove_navigation_elements":{"type":["boolean","null"],"description":"For HTML input, drop navigation menus and bars."},"http_proxy":{"type":["string","null"],"description":"Proxy URL used to download input_url."},"ignore_document_elements_for_layout_detection":{"type":["boolean","null"],"description":"Detect layout from the rendered page only, ignoring the file's own element structure."},"images_to_save":{"type":["array","null"],"items":{"type":"string","enum":["embedded","layout","screenshot"]},"description":"Which kinds of image to keep."},"inline_images_in_markdown":{"type":["boolean","null"],"description":"Put image references inline in the Markdown output."},"input_s3_path":{"type":["string","null"],"description":"S3 location to read the input file from."},"input_s3_region":{"type":["string","null"],"description":"AWS region of the input S3 bucket."},"input_url":{"type":["string","null"],"description":"URL to download the input file from."},"internal_is_screenshot_job":{"type":["boolean","null"],"description":"Service-internal flag marking a screenshot-only job."},"invalidate_cache":{"type":["boolean","null"],"description":"Ignore any cached result and parse the file again."},"is_formatting_instruction":{"type":["boolean","null"],"description":"Read parsing_instruction as formatting guidance."},"job_timeout_extra_time_per_page_in_seconds":{"type":["number","null"],"description":"Seconds added to the job's time limit for every page."},"job_timeout_in_seconds":{"type":["number","null"],"description":"Time limit for parsing one file, in seconds."},"keep_page_separator_when_merging_tables":{"type":["boolean","null"],"description":"Keep the page separator inside a table that was joined across pages."},"lang":{"type":"string","description":"Language code of the document's text."},"languages":{"type":"array","items":{"$ref":"#/components/schemas/ParsingLanguages"},"description":"Languages that appear in the document, used to pick OCR models."},"layout_aware":{"type":["boolean","null"],"description":"Use layout-aware parsing."},"line_level_bounding_box":{"type":["boolean","null"],"description":"Return a bounding box for every line of text."},"markdown_table_multiline_header_separator":{"type":["string","null"],"description":"String used to join the lines of a table header that spans several rows."},"max_pages":{"type":["integer","null"],"description":"Parse no more than this many pages of each file."},"max_pages_enforced":{"type":["integer","null"],"description":"Page limit the service enforces on each file."},"merge_tables_across_pages_in_markdown":{"type":["boolean","null"],"description":"Join a table continued on the next page into one Markdown table."},"model":{"type":["string","null"],"description":"Model to parse with."},"outlined_table_extraction":{"type":["boolean","null"],"description":"Detect tables from their drawn borders."},"output_pdf_of_document":{"type":["boolean","null"],"description":"Also produce a PDF rendering of the document."},"output_s3_path_prefix":{"type":["string","null"],"description":"s3:// URL prefix under which every output file is written."},"output_s3_region":{"type":["string","null"],"description":"AWS region of the output S3 bucket."},"output_tables_as_HTML":{"type":["boolean","null"],"description":"Write tables as HTML instead of Markdown."},"outputBucket":{"type":["string","null"],"description":"Bucket the output is written to."},"page_error_tolerance":{"type":["number","null"],"description":"How many page failures a file may have before its whole parse counts as failed."},"page_footer_prefix":{"type":["string","null"],"description":"Text written before each page footer."},"page_footer_suffix":{"type":["string","null"],"description":"Text written after each page footer."},"page_header_prefix":{"type":["string","null"],"description":"Text written before each page header."},"page_header_suffix":{"type":["string","null"],"description":"Text written after each page header."},"page_prefix":{"type":["string","null"],"description":"Text written before each page."},"page_separator":{"type":["string","null"],"description":"Text written between pages."},"page_suffix":{"type":["string","null"],"description":"Text written after each page."},"parse_mode":{"anyOf":[{"$ref":"#/components/schemas/ParsingMode"},{"type":"null"}],"description":"Parsing strategy; null lets the service choose."},"parsing_instruction":{"type":["string","null"],"description":"Instructions to the parser, in plain language."},"pipeline_id":{"type":["string","null"],"description":"Pipeline the parsed output is attached to."},"precise_bounding_box":{"type":["boolean","null"],"description":"Compute tighter bounding boxes."},"premium_mode":{"type":["boolean","null"],"description":"Use the most accurate (and most expensive) mode."},"presentation_out_of_bounds_content":{"type":["boolean","null"],"description":"For slide decks, keep content placed outside the visible slide."},"presentation_skip_embedded_data":{"type":["boolean","null"],"description":"For slide decks, skip data embedded in charts and objects."},"preserve_layout_alignment_across_pages":{"type":["boolean","null"],"description":"Keep text alignment consistent from one page to the next."},"preserve_very_small_text":{"type":["boolean","null"],"description":"Keep text even when it is very small."},"preset":{"type":["string","null"],"description":"Name of a predefined group of parse settings."},"priority":{"type":["string","null"],"enum":["low","medium","high","critical",null],"description":"Requested scheduling priority; depending on the plan the service may ignore or change it."},"project_id":{"type":["string","null"],"description":"Project the per-file parse jobs belong to."},"remove_hidden_text":{"type":["boolean","null"],"description":"Drop text that is not visible on the page."},"replace_failed_page_mode":{"anyOf":[{"$ref":"#/components/schemas/FailPageMode"},{"type":"null"}],"description":"What to output in place of a page that could not be parsed."},"replace_failed_page_with_error_message_prefix":{"type":["string","null"],"description":"Text written before the error message that stands in for a failed page."},"replace_failed_page_with_error_message_suffix":{"type":["string","null"],"description":"Text written after the error message that stands in for a failed page."},"resource_info":{"type":["object","null"],"additionalProperties":true,"description":"Free-form information about the source file."},"save_images":{"type":["boolean","null"],"description":"Keep the images found in the document."},"skip_diagonal_text":{"type":["boolean","null"],"description":"Ignore text written at an angle."},"specialized_chart_parsing_agentic":{"type":["boolean","null"],"description":"Parse charts with the agentic chart parser."},"specialized_chart_parsing_efficient":{"type":["boolean","null"],"description":"Parse charts with the low-cost chart parser."},"specialized_chart_parsing_plus":{"type":["boolean","null"],"description":"Parse charts with the higher-accuracy chart parser."},"specialized_image_parsing":{"type":["boolean","null"],"description":"Give images a dedicated parsing pass."},"spreadsheet_extract_sub_tables":{"type":["boolean","null"],"description":"Split a sheet into the separate tables it holds."},"spreadsheet_force_formula_computation":{"type":["boolean","null"],"description":"Recompute formulas instead of trusting their stored values."},"spreadsheet_include_hidden_sheets":{"type":["boolean","null"],"description":"Parse hidden sheets too."},"strict_mode_buggy_font":{"type":["boolean","null"],"description":"Fail the page instead of guessing when a font cannot be decoded."},"strict_mode_image_extraction":{"type":["boolean","null"],"description":"Fail the page when an image cannot be extracted."},"strict_mode_image_ocr":{"type":["boolean","null"],"description":"Fail the page when OCR of an image fails."},"strict_mode_reconstruction":{"type":["boolean","null"],"description":"Fail the page when its structure cannot be rebuilt."},"structured_output":{"type":["boolean","null"],"description":"Return structured JSON instead of text."},"structured_output_json_schema":{"type":["string","null"],"description":"JSON Schema, as a string, that structured output follows."},"structured_output_json_schema_name":{"type":["string","null"],"description":"Name of a predefined schema that structured output follows."},"system_prompt":{"type":["string","null"],"description":"System prompt that replaces the parser's own."},"system_prompt_append":{"type":["string","null"],"description":"Text appended to the parser's system prompt."},"take_screenshot":{"type":["boolean","null"],"description":"Save a screenshot of every page."},"target_pages":{"type":["string","null"],"description":"Pages to parse, as a comma-separated list of page numbers."},"tier":{"type":["string","null"],"description":"Parse tier to use."},"type":{"type":"string","enum":["parse"],"description":"Kind of configuration; always parse here."},"use_vendor_multimodal_model":{"type":["boolean","null"],"description":"Parse with a vendor's multimodal model."},"user_prompt":{"type":["string","null"],"description":"Prompt sent to the model with every page."},"vendor_multimodal_api_key":{"type":["string","null"],"description":"Your API key for the vendor's multimodal model."},"vendor_multimodal_model_name":{"type":["string","null"],"description":"Which vendor multimodal model to use."},"version":{"type":["string","null"],"description":"Parser version to run."},"webhook_configurations":{"type":["array","null"],"items":{"$ref":"#/components/schemas/WebhookConfiguration"},"description":"Endpoints to notify when the per-file parse jobs change status."},"webhook_url":{"type":["string","null"],"description":"URL called when each per-file parse job ends."}}};
const schema55 = {"type":"string","title":"ParsingLanguages","description":"A language the parser can read, by its code","enum":["abq","ady","af","ang","ar","as","ava","az","be","bg","bgc","bh","bho","bn","bs","ch_sim","ch_tra","che","cs","cy","da","dar","de","en","es","et","fa","fr","ga","gom","hi","hr","hu","id","inh","is","it","ja","kbd","kn","ko","ku","la","lbe","lez","lt","lv","mah","mai","mi","mn","mni","mr","ms","mt","ne","new","nl","no","oc","pi","pl","pt","ro","rs_cyrillic","rs_latin","ru","sa","sck","sk","sl","sq","sv","sw","ta","tab","te","th","tjk","tl","tr","ug","uk","ur","uz","vi"]};
const schema56 = {"type":"string","title":"ParsingMode","description":"Parsing strategy, per page or per document, and the kind of model used","enum":["parse_page_without_llm","parse_page_with_llm","parse_page_with_lvm","parse_page_with_agent","parse_page_with_layout_agent","parse_document_with_llm","parse_document_with_lvm","parse_document_with_agent"]};
const schema57 = {"type":"string","title":"FailPageMode","description":"What replaces a page that could not be parsed","enum":["raw_text","blank_page","error_message"]};
const schema58 = {"type":"object","title":"WebhookConfiguration","description":"One endpoint that receives job status notifications.","properties":{"webhook_events":{"type":["array","null"],"description":"Events to deliver; null delivers every event","items":{"$ref":"#/components/schemas/WebhookEvent"}},"webhook_headers":{"type":["object","null"],"description":"Extra HTTP headers sent with every delivery, e.g. for authentication","additionalProperties":{"type":"string"}},"webhook_output_format":{"type":["string","null"],"description":"Body format of a delivery, string (the default) or json"},"webhook_signing_secret":{"type":["string","null"],"description":"Secret used to sign each delivery: the LC-Signature header then carries\nsha256=<hex HMAC-SHA256 of the raw body>, which the receiver recomputes to check it.\n"},"webhook_url":{"type":["string","null"],"description":"URL that receives the POSTed notifications"}}};
const schema59 = {"type":"string","title":"WebhookEvent","description":"A job status change that can be delivered to a webhook","enum":["classify.cancelled","classify.error","classify.partial_success","classify.pending","classify.running","classify.success","extract.cancelled","extract.error","extract.partial_success","extract.pending","extract.success","parse.cancelled","parse.error","parse.partial_success","parse.pending","parse.running","parse.success","sheets.cancelled","sheets.error","sheets.partial_success","sheets.pending","sheets.success","split.cancelled","split.error","split.pending","split.processing","split.success","unmapped_event"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_events !== undefined){
let data0 = data.webhook_events;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/webhook_events",schemaPath:"#/properties/webhook_events/type",keyword:"type",params:{type: schema58.properties.webhook_events.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/webhook_events/" + i0,schemaPath:"#/components/schemas/WebhookEvent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((((((((((((((((((((data1 === "classify.cancelled") || (data1 === "classify.error")) || (data1 === "classify.partial_success")) || (data1 === "classify.pending")) || (data1 === "classify.running")) || (data1 === "classify.success")) || (data1 === "extract.cancelled")) || (data1 === "extract.error")) || (data1 === "extract.partial_success")) || (data1 === "extract.pending")) || (data1 === "extract.success")) || (data1 === "parse.cancelled")) || (data1 === "parse.error")) || (data1 === "parse.partial_success")) || (data1 === "parse.pending")) || (data1 === "parse.running")) || (data1 === "parse.success")) || (data1 === "sheets.cancelled")) || (data1 === "sheets.error")) || (data1 === "sheets.partial_success")) || (data1 === "sheets.pending")) || (data1 === "sheets.success")) || (data1 === "split.cancelled")) || (data1 === "split.error")) || (data1 === "split.pending")) || (data1 === "split.processing")) || (data1 === "split.success")) || (data1 === "unmapped_event"))){
const err2 = {instancePath:instancePath+"/webhook_events/" + i0,schemaPath:"#/components/schemas/WebhookEvent/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
if(data.webhook_headers !== undefined){
let data2 = data.webhook_headers;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/webhook_headers",schemaPath:"#/properties/webhook_headers/type",keyword:"type",params:{type: schema58.properties.webhook_headers.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(typeof data2[key0] !== "string"){
const err4 = {instancePath:instancePath+"/webhook_headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/webhook_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
if(data.webhook_output_format !== undefined){
let data4 = data.webhook_output_format;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/webhook_output_format",schemaPath:"#/properties/webhook_output_format/type",keyword:"type",params:{type: schema58.properties.webhook_output_format.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.webhook_signing_secret !== undefined){
let data5 = data.webhook_signing_secret;
if((typeof data5 !== "string") && (data5 !== null)){
const err6 = {instancePath:instancePath+"/webhook_signing_secret",schemaPath:"#/properties/webhook_signing_secret/type",keyword:"type",params:{type: schema58.properties.webhook_signing_secret.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.webhook_url !== undefined){
let data6 = data.webhook_url;
if((typeof data6 !== "string") && (data6 !== null)){
const err7 = {instancePath:instancePath+"/webhook_url",schemaPath:"#/properties/webhook_url/type",keyword:"type",params:{type: schema58.properties.webhook_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"webhook_events":true,"webhook_headers":true,"webhook_output_format":true,"webhook_signing_secret":true,"webhook_url":true},"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adaptive_long_table !== undefined){
let data0 = data.adaptive_long_table;
if((typeof data0 !== "boolean") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/adaptive_long_table",schemaPath:"#/properties/adaptive_long_table/type",keyword:"type",params:{type: schema54.properties.adaptive_long_table.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.aggressive_table_extraction !== undefined){
let data1 = data.aggressive_table_extraction;
if((typeof data1 !== "boolean") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/aggressive_table_extraction",schemaPath:"#/properties/aggressive_table_extraction/type",keyword:"type",params:{type: schema54.properties.aggressive_table_extraction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.annotate_links !== undefined){
let data2 = data.annotate_links;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/annotate_links",schemaPath:"#/properties/annotate_links/type",keyword:"type",params:{type: schema54.properties.annotate_links.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.auto_mode !== undefined){
let data3 = data.auto_mode;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/auto_mode",schemaPath:"#/properties/auto_mode/type",keyword:"type",params:{type: schema54.properties.auto_mode.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.auto_mode_configuration_json !== undefined){
let data4 = data.auto_mode_configuration_json;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/auto_mode_configuration_json",schemaPath:"#/properties/auto_mode_configuration_json/type",keyword:"type",params:{type: schema54.properties.auto_mode_configuration_json.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.auto_mode_trigger_on_image_in_page !== undefined){
let data5 = data.auto_mode_trigger_on_image_in_page;
if((typeof data5 !== "boolean") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/auto_mode_trigger_on_image_in_page",schemaPath:"#/properties/auto_mode_trigger_on_image_in_page/type",keyword:"type",params:{type: schema54.properties.auto_mode_trigger_on_image_in_page.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.auto_mode_trigger_on_regexp_in_page !== undefined){
let data6 = data.auto_mode_trigger_on_regexp_in_page;
if((typeof data6 !== "string") && (data6 !== null)){
const err6 = {instancePath:instancePath+"/auto_mode_trigger_on_regexp_in_page",schemaPath:"#/properties/auto_mode_trigger_on_regexp_in_page/type",keyword:"type",params:{type: schema54.properties.auto_mode_trigger_on_regexp_in_page.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.auto_mode_trigger_on_table_in_page !== undefined){
let data7 = data.auto_mode_trigger_on_table_in_page;
if((typeof data7 !== "boolean") && (data7 !== null)){
const err7 = {instancePath:instancePath+"/auto_mode_trigger_on_table_in_page",schemaPath:"#/properties/auto_mode_trigger_on_table_in_page/type",keyword:"type",params:{type: schema54.properties.auto_mode_trigger_on_table_in_page.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.auto_mode_trigger_on_text_in_page !== undefined){
let data8 = data.auto_mode_trigger_on_text_in_page;
if((typeof data8 !== "string") && (data8 !== null)){
const err8 = {instancePath:instancePath+"/auto_mode_trigger_on_text_in_page",schemaPath:"#/properties/auto_mode_trigger_on_text_in_page/type",keyword:"type",params:{type: schema54.properties.auto_mode_trigger_on_text_in_page.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.azure_openai_api_version !== undefined){
let data9 = data.azure_openai_api_version;
if((typeof data9 !== "string") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/azure_openai_api_version",schemaPath:"#/properties/azure_openai_api_version/type",keyword:"type",params:{type: schema54.properties.azure_openai_api_version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.azure_openai_deployment_name !== undefined){
let data10 = data.azure_openai_deployment_name;
if((typeof data10 !== "string") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/azure_openai_deployment_name",schemaPath:"#/properties/azure_openai_deployment_name/type",keyword:"type",params:{type: schema54.properties.azure_openai_deployment_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.azure_openai_endpoint !== undefined){
let data11 = data.azure_openai_endpoint;
if((typeof data11 !== "string") && (data11 !== null)){
const err11 = {instancePath:instancePath+"/azure_openai_endpoint",schemaPath:"#/properties/azure_openai_endpoint/type",keyword:"type",params:{type: schema54.properties.azure_openai_endpoint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.azure_openai_key !== undefined){
let data12 = data.azure_openai_key;
if((typeof data12 !== "string") && (data12 !== null)){
const err12 = {instancePath:instancePath+"/azure_openai_key",schemaPath:"#/properties/azure_openai_key/type",keyword:"type",params:{type: schema54.properties.azure_openai_key.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.bbox_bottom !== undefined){
let data13 = data.bbox_bottom;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err13 = {instancePath:instancePath+"/bbox_bottom",schemaPath:"#/properties/bbox_bottom/type",keyword:"type",params:{type: schema54.properties.bbox_bottom.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.bbox_left !== undefined){
let data14 = data.bbox_left;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err14 = {instancePath:instancePath+"/bbox_left",schemaPath:"#/properties/bbox_left/type",keyword:"type",params:{type: schema54.properties.bbox_left.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.bbox_right !== undefined){
let data15 = data.bbox_right;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err15 = {instancePath:instancePath+"/bbox_right",schemaPath:"#/properties/bbox_right/type",keyword:"type",params:{type: schema54.properties.bbox_right.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.bbox_top !== undefined){
let data16 = data.bbox_top;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
const err16 = {instancePath:instancePath+"/bbox_top",schemaPath:"#/properties/bbox_top/type",keyword:"type",params:{type: schema54.properties.bbox_top.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.bounding_box !== undefined){
let data17 = data.bounding_box;
if((typeof data17 !== "string") && (data17 !== null)){
const err17 = {instancePath:instancePath+"/bounding_box",schemaPath:"#/properties/bounding_box/type",keyword:"type",params:{type: schema54.properties.bounding_box.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.compact_markdown_table !== undefined){
let data18 = data.compact_markdown_table;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err18 = {instancePath:instancePath+"/compact_markdown_table",schemaPath:"#/properties/compact_markdown_table/type",keyword:"type",params:{type: schema54.properties.compact_markdown_table.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.complemental_formatting_instruction !== undefined){
let data19 = data.complemental_formatting_instruction;
if((typeof data19 !== "string") && (data19 !== null)){
const err19 = {instancePath:instancePath+"/complemental_formatting_instruction",schemaPath:"#/properties/complemental_formatting_instruction/type",keyword:"type",params:{type: schema54.properties.complemental_formatting_instruction.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.confidence_score_effort !== undefined){
let data20 = data.confidence_score_effort;
if((typeof data20 !== "string") && (data20 !== null)){
const err20 = {instancePath:instancePath+"/confidence_score_effort",schemaPath:"#/properties/confidence_score_effort/type",keyword:"type",params:{type: schema54.properties.confidence_score_effort.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.content_guideline_instruction !== undefined){
let data21 = data.content_guideline_instruction;
if((typeof data21 !== "string") && (data21 !== null)){
const err21 = {instancePath:instancePath+"/content_guideline_instruction",schemaPath:"#/properties/content_guideline_instruction/type",keyword:"type",params:{type: schema54.properties.content_guideline_instruction.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.continuous_mode !== undefined){
let data22 = data.continuous_mode;
if((typeof data22 !== "boolean") && (data22 !== null)){
const err22 = {instancePath:instancePath+"/continuous_mode",schemaPath:"#/properties/continuous_mode/type",keyword:"type",params:{type: schema54.properties.continuous_mode.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.custom_metadata !== undefined){
let data23 = data.custom_metadata;
if((!(data23 && typeof data23 == "object" && !Array.isArray(data23))) && (data23 !== null)){
const err23 = {instancePath:instancePath+"/custom_metadata",schemaPath:"#/properties/custom_metadata/type",keyword:"type",params:{type: schema54.properties.custom_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.disable_image_extraction !== undefined){
let data24 = data.disable_image_extraction;
if((typeof data24 !== "boolean") && (data24 !== null)){
const err24 = {instancePath:instancePath+"/disable_image_extraction",schemaPath:"#/properties/disable_image_extraction/type",keyword:"type",params:{type: schema54.properties.disable_image_extraction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.disable_ocr !== undefined){
let data25 = data.disable_ocr;
if((typeof data25 !== "boolean") && (data25 !== null)){
const err25 = {instancePath:instancePath+"/disable_ocr",schemaPath:"#/properties/disable_ocr/type",keyword:"type",params:{type: schema54.properties.disable_ocr.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.disable_reconstruction !== undefined){
let data26 = data.disable_reconstruction;
if((typeof data26 !== "boolean") && (data26 !== null)){
const err26 = {instancePath:instancePath+"/disable_reconstruction",schemaPath:"#/properties/disable_reconstruction/type",keyword:"type",params:{type: schema54.properties.disable_reconstruction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.do_not_cache !== undefined){
let data27 = data.do_not_cache;
if((typeof data27 !== "boolean") && (data27 !== null)){
const err27 = {instancePath:instancePath+"/do_not_cache",schemaPath:"#/properties/do_not_cache/type",keyword:"type",params:{type: schema54.properties.do_not_cache.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.do_not_unroll_columns !== undefined){
let data28 = data.do_not_unroll_columns;
if((typeof data28 !== "boolean") && (data28 !== null)){
const err28 = {instancePath:instancePath+"/do_not_unroll_columns",schemaPath:"#/properties/do_not_unroll_columns/type",keyword:"type",params:{type: schema54.properties.do_not_unroll_columns.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.enable_cost_optimizer !== undefined){
let data29 = data.enable_cost_optimizer;
if((typeof data29 !== "boolean") && (data29 !== null)){
const err29 = {instancePath:instancePath+"/enable_cost_optimizer",schemaPath:"#/properties/enable_cost_optimizer/type",keyword:"type",params:{type: schema54.properties.enable_cost_optimizer.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.extract_charts !== undefined){
let data30 = data.extract_charts;
if((typeof data30 !== "boolean") && (data30 !== null)){
const err30 = {instancePath:instancePath+"/extract_charts",schemaPath:"#/properties/extract_charts/type",keyword:"type",params:{type: schema54.properties.extract_charts.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.extract_layout !== undefined){
let data31 = data.extract_layout;
if((typeof data31 !== "boolean") && (data31 !== null)){
const err31 = {instancePath:instancePath+"/extract_layout",schemaPath:"#/properties/extract_layout/type",keyword:"type",params:{type: schema54.properties.extract_layout.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.extract_printed_page_number !== undefined){
let data32 = data.extract_printed_page_number;
if((typeof data32 !== "boolean") && (data32 !== null)){
const err32 = {instancePath:instancePath+"/extract_printed_page_number",schemaPath:"#/properties/extract_printed_page_number/type",keyword:"type",params:{type: schema54.properties.extract_printed_page_number.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.fast_mode !== undefined){
let data33 = data.fast_mode;
if((typeof data33 !== "boolean") && (data33 !== null)){
const err33 = {instancePath:instancePath+"/fast_mode",schemaPath:"#/properties/fast_mode/type",keyword:"type",params:{type: schema54.properties.fast_mode.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.formatting_instruction !== undefined){
let data34 = data.formatting_instruction;
if((typeof data34 !== "string") && (data34 !== null)){
const err34 = {instancePath:instancePath+"/formatting_instruction",schemaPath:"#/properties/formatting_instruction/type",keyword:"type",params:{type: schema54.properties.formatting_instruction.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.gpt4o_api_key !== undefined){
let data35 = data.gpt4o_api_key;
if((typeof data35 !== "string") && (data35 !== null)){
const err35 = {instancePath:instancePath+"/gpt4o_api_key",schemaPath:"#/properties/gpt4o_api_key/type",keyword:"type",params:{type: schema54.properties.gpt4o_api_key.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.gpt4o_mode !== undefined){
let data36 = data.gpt4o_mode;
if((typeof data36 !== "boolean") && (data36 !== null)){
const err36 = {instancePath:instancePath+"/gpt4o_mode",schemaPath:"#/properties/gpt4o_mode/type",keyword:"type",params:{type: schema54.properties.gpt4o_mode.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.guess_xlsx_sheet_name !== undefined){
let data37 = data.guess_xlsx_sheet_name;
if((typeof data37 !== "boolean") && (data37 !== null)){
const err37 = {instancePath:instancePath+"/guess_xlsx_sheet_name",schemaPath:"#/properties/guess_xlsx_sheet_name/type",keyword:"type",params:{type: schema54.properties.guess_xlsx_sheet_name.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.hide_footers !== undefined){
let data38 = data.hide_footers;
if((typeof data38 !== "boolean") && (data38 !== null)){
const err38 = {instancePath:instancePath+"/hide_footers",schemaPath:"#/properties/hide_footers/type",keyword:"type",params:{type: schema54.properties.hide_footers.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.hide_headers !== undefined){
let data39 = data.hide_headers;
if((typeof data39 !== "boolean") && (data39 !== null)){
const err39 = {instancePath:instancePath+"/hide_headers",schemaPath:"#/properties/hide_headers/type",keyword:"type",params:{type: schema54.properties.hide_headers.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.high_res_ocr !== undefined){
let data40 = data.high_res_ocr;
if((typeof data40 !== "boolean") && (data40 !== null)){
const err40 = {instancePath:instancePath+"/high_res_ocr",schemaPath:"#/properties/high_res_ocr/type",keyword:"type",params:{type: schema54.properties.high_res_ocr.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.html_make_all_elements_visible !== undefined){
let data41 = data.html_make_all_elements_visible;
if((typeof data41 !== "boolean") && (data41 !== null)){
const err41 = {instancePath:instancePath+"/html_make_all_elements_visible",schemaPath:"#/properties/html_make_all_elements_visible/type",keyword:"type",params:{type: schema54.properties.html_make_all_elements_visible.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.html_remove_fixed_elements !== undefined){
let data42 = data.html_remove_fixed_elements;
if((typeof data42 !== "boolean") && (data42 !== null)){
const err42 = {instancePath:instancePath+"/html_remove_fixed_elements",schemaPath:"#/properties/html_remove_fixed_elements/type",keyword:"type",params:{type: schema54.properties.html_remove_fixed_elements.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.html_remove_navigation_elements !== undefined){
let data43 = data.html_remove_navigation_elements;
if((typeof data43 !== "boolean") && (data43 !== null)){
const err43 = {instancePath:instancePath+"/html_remove_navigation_elements",schemaPath:"#/properties/html_remove_navigation_elements/type",keyword:"type",params:{type: schema54.properties.html_remove_navigation_elements.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.http_proxy !== undefined){
let data44 = data.http_proxy;
if((typeof data44 !== "string") && (data44 !== null)){
const err44 = {instancePath:instancePath+"/http_proxy",schemaPath:"#/properties/http_proxy/type",keyword:"type",params:{type: schema54.properties.http_proxy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.ignore_document_elements_for_layout_detection !== undefined){
let data45 = data.ignore_document_elements_for_layout_detection;
if((typeof data45 !== "boolean") && (data45 !== null)){
const err45 = {instancePath:instancePath+"/ignore_document_elements_for_layout_detection",schemaPath:"#/properties/ignore_document_elements_for_layout_detection/type",keyword:"type",params:{type: schema54.properties.ignore_document_elements_for_layout_detection.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.images_to_save !== undefined){
let data46 = data.images_to_save;
if((!(Array.isArray(data46))) && (data46 !== null)){
const err46 = {instancePath:instancePath+"/images_to_save",schemaPath:"#/properties/images_to_save/type",keyword:"type",params:{type: schema54.properties.images_to_save.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(Array.isArray(data46)){
const len0 = data46.length;
for(let i0=0; i0<len0; i0++){
let data47 = data46[i0];
if(typeof data47 !== "string"){
const err47 = {instancePath:instancePath+"/images_to_save/" + i0,schemaPath:"#/properties/images_to_save/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data47 === "embedded") || (data47 === "layout")) || (data47 === "screenshot"))){
const err48 = {instancePath:instancePath+"/images_to_save/" + i0,schemaPath:"#/properties/images_to_save/items/enum",keyword:"enum",params:{allowedValues: schema54.properties.images_to_save.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
if(data.inline_images_in_markdown !== undefined){
let data48 = data.inline_images_in_markdown;
if((typeof data48 !== "boolean") && (data48 !== null)){
const err49 = {instancePath:instancePath+"/inline_images_in_markdown",schemaPath:"#/properties/inline_images_in_markdown/type",keyword:"type",params:{type: schema54.properties.inline_images_in_markdown.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.input_s3_path !== undefined){
let data49 = data.input_s3_path;
if((typeof data49 !== "string") && (data49 !== null)){
const err50 = {instancePath:instancePath+"/input_s3_path",schemaPath:"#/properties/input_s3_path/type",keyword:"type",params:{type: schema54.properties.input_s3_path.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.input_s3_region !== undefined){
let data50 = data.input_s3_region;
if((typeof data50 !== "string") && (data50 !== null)){
const err51 = {instancePath:instancePath+"/input_s3_region",schemaPath:"#/properties/input_s3_region/type",keyword:"type",params:{type: schema54.properties.input_s3_region.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.input_url !== undefined){
let data51 = data.input_url;
if((typeof data51 !== "string") && (data51 !== null)){
const err52 = {instancePath:instancePath+"/input_url",schemaPath:"#/properties/input_url/type",keyword:"type",params:{type: schema54.properties.input_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.internal_is_screenshot_job !== undefined){
let data52 = data.internal_is_screenshot_job;
if((typeof data52 !== "boolean") && (data52 !== null)){
const err53 = {instancePath:instancePath+"/internal_is_screenshot_job",schemaPath:"#/properties/internal_is_screenshot_job/type",keyword:"type",params:{type: schema54.properties.internal_is_screenshot_job.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.invalidate_cache !== undefined){
let data53 = data.invalidate_cache;
if((typeof data53 !== "boolean") && (data53 !== null)){
const err54 = {instancePath:instancePath+"/invalidate_cache",schemaPath:"#/properties/invalidate_cache/type",keyword:"type",params:{type: schema54.properties.invalidate_cache.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.is_formatting_instruction !== undefined){
let data54 = data.is_formatting_instruction;
if((typeof data54 !== "boolean") && (data54 !== null)){
const err55 = {instancePath:instancePath+"/is_formatting_instruction",schemaPath:"#/properties/is_formatting_instruction/type",keyword:"type",params:{type: schema54.properties.is_formatting_instruction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.job_timeout_extra_time_per_page_in_seconds !== undefined){
let data55 = data.job_timeout_extra_time_per_page_in_seconds;
if((!((typeof data55 == "number") && (isFinite(data55)))) && (data55 !== null)){
const err56 = {instancePath:instancePath+"/job_timeout_extra_time_per_page_in_seconds",schemaPath:"#/properties/job_timeout_extra_time_per_page_in_seconds/type",keyword:"type",params:{type: schema54.properties.job_timeout_extra_time_per_page_in_seconds.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.job_timeout_in_seconds !== undefined){
let data56 = data.job_timeout_in_seconds;
if((!((typeof data56 == "number") && (isFinite(data56)))) && (data56 !== null)){
const err57 = {instancePath:instancePath+"/job_timeout_in_seconds",schemaPath:"#/properties/job_timeout_in_seconds/type",keyword:"type",params:{type: schema54.properties.job_timeout_in_seconds.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.keep_page_separator_when_merging_tables !== undefined){
let data57 = data.keep_page_separator_when_merging_tables;
if((typeof data57 !== "boolean") && (data57 !== null)){
const err58 = {instancePath:instancePath+"/keep_page_separator_when_merging_tables",schemaPath:"#/properties/keep_page_separator_when_merging_tables/type",keyword:"type",params:{type: schema54.properties.keep_page_separator_when_merging_tables.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.lang !== undefined){
if(typeof data.lang !== "string"){
const err59 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.languages !== undefined){
let data59 = data.languages;
if(Array.isArray(data59)){
const len1 = data59.length;
for(let i1=0; i1<len1; i1++){
let data60 = data59[i1];
if(typeof data60 !== "string"){
const err60 = {instancePath:instancePath+"/languages/" + i1,schemaPath:"#/components/schemas/ParsingLanguages/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data60 === "abq") || (data60 === "ady")) || (data60 === "af")) || (data60 === "ang")) || (data60 === "ar")) || (data60 === "as")) || (data60 === "ava")) || (data60 === "az")) || (data60 === "be")) || (data60 === "bg")) || (data60 === "bgc")) || (data60 === "bh")) || (data60 === "bho")) || (data60 === "bn")) || (data60 === "bs")) || (data60 === "ch_sim")) || (data60 === "ch_tra")) || (data60 === "che")) || (data60 === "cs")) || (data60 === "cy")) || (data60 === "da")) || (data60 === "dar")) || (data60 === "de")) || (data60 === "en")) || (data60 === "es")) || (data60 === "et")) || (data60 === "fa")) || (data60 === "fr")) || (data60 === "ga")) || (data60 === "gom")) || (data60 === "hi")) || (data60 === "hr")) || (data60 === "hu")) || (data60 === "id")) || (data60 === "inh")) || (data60 === "is")) || (data60 === "it")) || (data60 === "ja")) || (data60 === "kbd")) || (data60 === "kn")) || (data60 === "ko")) || (data60 === "ku")) || (data60 === "la")) || (data60 === "lbe")) || (data60 === "lez")) || (data60 === "lt")) || (data60 === "lv")) || (data60 === "mah")) || (data60 === "mai")) || (data60 === "mi")) || (data60 === "mn")) || (data60 === "mni")) || (data60 === "mr")) || (data60 === "ms")) || (data60 === "mt")) || (data60 === "ne")) || (data60 === "new")) || (data60 === "nl")) || (data60 === "no")) || (data60 === "oc")) || (data60 === "pi")) || (data60 === "pl")) || (data60 === "pt")) || (data60 === "ro")) || (data60 === "rs_cyrillic")) || (data60 === "rs_latin")) || (data60 === "ru")) || (data60 === "sa")) || (data60 === "sck")) || (data60 === "sk")) || (data60 === "sl")) || (data60 === "sq")) || (data60 === "sv")) || (data60 === "sw")) || (data60 === "ta")) || (data60 === "tab")) || (data60 === "te")) || (data60 === "th")) || (data60 === "tjk")) || (data60 === "tl")) || (data60 === "tr")) || (data60 === "ug")) || (data60 === "uk")) || (data60 === "ur")) || (data60 === "uz")) || (data60 === "vi"))){
const err61 = {instancePath:instancePath+"/languages/" + i1,schemaPath:"#/components/schemas/ParsingLanguages/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.layout_aware !== undefined){
let data61 = data.layout_aware;
if((typeof data61 !== "boolean") && (data61 !== null)){
const err63 = {instancePath:instancePath+"/layout_aware",schemaPath:"#/properties/layout_aware/type",keyword:"type",params:{type: schema54.properties.layout_aware.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.line_level_bounding_box !== undefined){
let data62 = data.line_level_bounding_box;
if((typeof data62 !== "boolean") && (data62 !== null)){
const err64 = {instancePath:instancePath+"/line_level_bounding_box",schemaPath:"#/properties/line_level_bounding_box/type",keyword:"type",params:{type: schema54.properties.line_level_bounding_box.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.markdown_table_multiline_header_separator !== undefined){
let data63 = data.markdown_table_multiline_header_separator;
if((typeof data63 !== "string") && (data63 !== null)){
const err65 = {instancePath:instancePath+"/markdown_table_multiline_header_separator",schemaPath:"#/properties/markdown_table_multiline_header_separator/type",keyword:"type",params:{type: schema54.properties.markdown_table_multiline_header_separator.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.max_pages !== undefined){
let data64 = data.max_pages;
if((!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))) && (data64 !== null)){
const err66 = {instancePath:instancePath+"/max_pages",schemaPath:"#/properties/max_pages/type",keyword:"type",params:{type: schema54.properties.max_pages.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.max_pages_enforced !== undefined){
let data65 = data.max_pages_enforced;
if((!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))) && (data65 !== null)){
const err67 = {instancePath:instancePath+"/max_pages_enforced",schemaPath:"#/properties/max_pages_enforced/type",keyword:"type",params:{type: schema54.properties.max_pages_enforced.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.merge_tables_across_pages_in_markdown !== undefined){
let data66 = data.merge_tables_across_pages_in_markdown;
if((typeof data66 !== "boolean") && (data66 !== null)){
const err68 = {instancePath:instancePath+"/merge_tables_across_pages_in_markdown",schemaPath:"#/properties/merge_tables_across_pages_in_markdown/type",keyword:"type",params:{type: schema54.properties.merge_tables_across_pages_in_markdown.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.model !== undefined){
let data67 = data.model;
if((typeof data67 !== "string") && (data67 !== null)){
const err69 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: schema54.properties.model.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.outlined_table_extraction !== undefined){
let data68 = data.outlined_table_extraction;
if((typeof data68 !== "boolean") && (data68 !== null)){
const err70 = {instancePath:instancePath+"/outlined_table_extraction",schemaPath:"#/properties/outlined_table_extraction/type",keyword:"type",params:{type: schema54.properties.outlined_table_extraction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.output_pdf_of_document !== undefined){
let data69 = data.output_pdf_of_document;
if((typeof data69 !== "boolean") && (data69 !== null)){
const err71 = {instancePath:instancePath+"/output_pdf_of_document",schemaPath:"#/properties/output_pdf_of_document/type",keyword:"type",params:{type: schema54.properties.output_pdf_of_document.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.output_s3_path_prefix !== undefined){
let data70 = data.output_s3_path_prefix;
if((typeof data70 !== "string") && (data70 !== null)){
const err72 = {instancePath:instancePath+"/output_s3_path_prefix",schemaPath:"#/properties/output_s3_path_prefix/type",keyword:"type",params:{type: schema54.properties.output_s3_path_prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.output_s3_region !== undefined){
let data71 = data.output_s3_region;
if((typeof data71 !== "string") && (data71 !== null)){
const err73 = {instancePath:instancePath+"/output_s3_region",schemaPath:"#/properties/output_s3_region/type",keyword:"type",params:{type: schema54.properties.output_s3_region.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.output_tables_as_HTML !== undefined){
let data72 = data.output_tables_as_HTML;
if((typeof data72 !== "boolean") && (data72 !== null)){
const err74 = {instancePath:instancePath+"/output_tables_as_HTML",schemaPath:"#/properties/output_tables_as_HTML/type",keyword:"type",params:{type: schema54.properties.output_tables_as_HTML.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.outputBucket !== undefined){
let data73 = data.outputBucket;
if((typeof data73 !== "string") && (data73 !== null)){
const err75 = {instancePath:instancePath+"/outputBucket",schemaPath:"#/properties/outputBucket/type",keyword:"type",params:{type: schema54.properties.outputBucket.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.page_error_tolerance !== undefined){
let data74 = data.page_error_tolerance;
if((!((typeof data74 == "number") && (isFinite(data74)))) && (data74 !== null)){
const err76 = {instancePath:instancePath+"/page_error_tolerance",schemaPath:"#/properties/page_error_tolerance/type",keyword:"type",params:{type: schema54.properties.page_error_tolerance.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.page_footer_prefix !== undefined){
let data75 = data.page_footer_prefix;
if((typeof data75 !== "string") && (data75 !== null)){
const err77 = {instancePath:instancePath+"/page_footer_prefix",schemaPath:"#/properties/page_footer_prefix/type",keyword:"type",params:{type: schema54.properties.page_footer_prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.page_footer_suffix !== undefined){
let data76 = data.page_footer_suffix;
if((typeof data76 !== "string") && (data76 !== null)){
const err78 = {instancePath:instancePath+"/page_footer_suffix",schemaPath:"#/properties/page_footer_suffix/type",keyword:"type",params:{type: schema54.properties.page_footer_suffix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.page_header_prefix !== undefined){
let data77 = data.page_header_prefix;
if((typeof data77 !== "string") && (data77 !== null)){
const err79 = {instancePath:instancePath+"/page_header_prefix",schemaPath:"#/properties/page_header_prefix/type",keyword:"type",params:{type: schema54.properties.page_header_prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.page_header_suffix !== undefined){
let data78 = data.page_header_suffix;
if((typeof data78 !== "string") && (data78 !== null)){
const err80 = {instancePath:instancePath+"/page_header_suffix",schemaPath:"#/properties/page_header_suffix/type",keyword:"type",params:{type: schema54.properties.page_header_suffix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.page_prefix !== undefined){
let data79 = data.page_prefix;
if((typeof data79 !== "string") && (data79 !== null)){
const err81 = {instancePath:instancePath+"/page_prefix",schemaPath:"#/properties/page_prefix/type",keyword:"type",params:{type: schema54.properties.page_prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.page_separator !== undefined){
let data80 = data.page_separator;
if((typeof data80 !== "string") && (data80 !== null)){
const err82 = {instancePath:instancePath+"/page_separator",schemaPath:"#/properties/page_separator/type",keyword:"type",params:{type: schema54.properties.page_separator.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.page_suffix !== undefined){
let data81 = data.page_suffix;
if((typeof data81 !== "string") && (data81 !== null)){
const err83 = {instancePath:instancePath+"/page_suffix",schemaPath:"#/properties/page_suffix/type",keyword:"type",params:{type: schema54.properties.page_suffix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.parse_mode !== undefined){
let data82 = data.parse_mode;
const _errs168 = errors;
let valid6 = false;
const _errs169 = errors;
if(typeof data82 !== "string"){
const err84 = {instancePath:instancePath+"/parse_mode",schemaPath:"#/components/schemas/ParsingMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!((((((((data82 === "parse_page_without_llm") || (data82 === "parse_page_with_llm")) || (data82 === "parse_page_with_lvm")) || (data82 === "parse_page_with_agent")) || (data82 === "parse_page_with_layout_agent")) || (data82 === "parse_document_with_llm")) || (data82 === "parse_document_with_lvm")) || (data82 === "parse_document_with_agent"))){
const err85 = {instancePath:instancePath+"/parse_mode",schemaPath:"#/components/schemas/ParsingMode/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid0 = _errs169 === errors;
valid6 = valid6 || _valid0;
const _errs172 = errors;
if(data82 !== null){
const err86 = {instancePath:instancePath+"/parse_mode",schemaPath:"#/properties/parse_mode/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid0 = _errs172 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const err87 = {instancePath:instancePath+"/parse_mode",schemaPath:"#/properties/parse_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
}
}
if(data.parsing_instruction !== undefined){
let data83 = data.parsing_instruction;
if((typeof data83 !== "string") && (data83 !== null)){
const err88 = {instancePath:instancePath+"/parsing_instruction",schemaPath:"#/properties/parsing_instruction/type",keyword:"type",params:{type: schema54.properties.parsing_instruction.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.pipeline_id !== undefined){
let data84 = data.pipeline_id;
if((typeof data84 !== "string") && (data84 !== null)){
const err89 = {instancePath:instancePath+"/pipeline_id",schemaPath:"#/properties/pipeline_id/type",keyword:"type",params:{type: schema54.properties.pipeline_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.precise_bounding_box !== undefined){
let data85 = data.precise_bounding_box;
if((typeof data85 !== "boolean") && (data85 !== null)){
const err90 = {instancePath:instancePath+"/precise_bounding_box",schemaPath:"#/properties/precise_bounding_box/type",keyword:"type",params:{type: schema54.properties.precise_bounding_box.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.premium_mode !== undefined){
let data86 = data.premium_mode;
if((typeof data86 !== "boolean") && (data86 !== null)){
const err91 = {instancePath:instancePath+"/premium_mode",schemaPath:"#/properties/premium_mode/type",keyword:"type",params:{type: schema54.properties.premium_mode.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.presentation_out_of_bounds_content !== undefined){
let data87 = data.presentation_out_of_bounds_content;
if((typeof data87 !== "boolean") && (data87 !== null)){
const err92 = {instancePath:instancePath+"/presentation_out_of_bounds_content",schemaPath:"#/properties/presentation_out_of_bounds_content/type",keyword:"type",params:{type: schema54.properties.presentation_out_of_bounds_content.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.presentation_skip_embedded_data !== undefined){
let data88 = data.presentation_skip_embedded_data;
if((typeof data88 !== "boolean") && (data88 !== null)){
const err93 = {instancePath:instancePath+"/presentation_skip_embedded_data",schemaPath:"#/properties/presentation_skip_embedded_data/type",keyword:"type",params:{type: schema54.properties.presentation_skip_embedded_data.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.preserve_layout_alignment_across_pages !== undefined){
let data89 = data.preserve_layout_alignment_across_pages;
if((typeof data89 !== "boolean") && (data89 !== null)){
const err94 = {instancePath:instancePath+"/preserve_layout_alignment_across_pages",schemaPath:"#/properties/preserve_layout_alignment_across_pages/type",keyword:"type",params:{type: schema54.properties.preserve_layout_alignment_across_pages.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.preserve_very_small_text !== undefined){
let data90 = data.preserve_very_small_text;
if((typeof data90 !== "boolean") && (data90 !== null)){
const err95 = {instancePath:instancePath+"/preserve_very_small_text",schemaPath:"#/properties/preserve_very_small_text/type",keyword:"type",params:{type: schema54.properties.preserve_very_small_text.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.preset !== undefined){
let data91 = data.preset;
if((typeof data91 !== "string") && (data91 !== null)){
const err96 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/type",keyword:"type",params:{type: schema54.properties.preset.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.priority !== undefined){
let data92 = data.priority;
if((typeof data92 !== "string") && (data92 !== null)){
const err97 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema54.properties.priority.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!(((((data92 === "low") || (data92 === "medium")) || (data92 === "high")) || (data92 === "critical")) || (data92 === null))){
const err98 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema54.properties.priority.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.project_id !== undefined){
let data93 = data.project_id;
if((typeof data93 !== "string") && (data93 !== null)){
const err99 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: schema54.properties.project_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.remove_hidden_text !== undefined){
let data94 = data.remove_hidden_text;
if((typeof data94 !== "boolean") && (data94 !== null)){
const err100 = {instancePath:instancePath+"/remove_hidden_text",schemaPath:"#/properties/remove_hidden_text/type",keyword:"type",params:{type: schema54.properties.remove_hidden_text.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.replace_failed_page_mode !== undefined){
let data95 = data.replace_failed_page_mode;
const _errs199 = errors;
let valid8 = false;
const _errs200 = errors;
if(typeof data95 !== "string"){
const err101 = {instancePath:instancePath+"/replace_failed_page_mode",schemaPath:"#/components/schemas/FailPageMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!(((data95 === "raw_text") || (data95 === "blank_page")) || (data95 === "error_message"))){
const err102 = {instancePath:instancePath+"/replace_failed_page_mode",schemaPath:"#/components/schemas/FailPageMode/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid1 = _errs200 === errors;
valid8 = valid8 || _valid1;
const _errs203 = errors;
if(data95 !== null){
const err103 = {instancePath:instancePath+"/replace_failed_page_mode",schemaPath:"#/properties/replace_failed_page_mode/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid1 = _errs203 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const err104 = {instancePath:instancePath+"/replace_failed_page_mode",schemaPath:"#/properties/replace_failed_page_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
errors = _errs199;
if(vErrors !== null){
if(_errs199){
vErrors.length = _errs199;
}
else {
vErrors = null;
}
}
}
}
if(data.replace_failed_page_with_error_message_prefix !== undefined){
let data96 = data.replace_failed_page_with_error_message_prefix;
if((typeof data96 !== "string") && (data96 !== null)){
const err105 = {instancePath:instancePath+"/replace_failed_page_with_error_message_prefix",schemaPath:"#/properties/replace_failed_page_with_error_message_prefix/type",keyword:"type",params:{type: schema54.properties.replace_failed_page_with_error_message_prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.replace_failed_page_with_error_message_suffix !== undefined){
let data97 = data.replace_failed_page_with_error_message_suffix;
if((typeof data97 !== "string") && (data97 !== null)){
const err106 = {instancePath:instancePath+"/replace_failed_page_with_error_message_suffix",schemaPath:"#/properties/replace_failed_page_with_error_message_suffix/type",keyword:"type",params:{type: schema54.properties.replace_failed_page_with_error_message_suffix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.resource_info !== undefined){
let data98 = data.resource_info;
if((!(data98 && typeof data98 == "object" && !Array.isArray(data98))) && (data98 !== null)){
const err107 = {instancePath:instancePath+"/resource_info",schemaPath:"#/properties/resource_info/type",keyword:"type",params:{type: schema54.properties.resource_info.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.save_images !== undefined){
let data99 = data.save_images;
if((typeof data99 !== "boolean") && (data99 !== null)){
const err108 = {instancePath:instancePath+"/save_images",schemaPath:"#/properties/save_images/type",keyword:"type",params:{type: schema54.properties.save_images.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.skip_diagonal_text !== undefined){
let data100 = data.skip_diagonal_text;
if((typeof data100 !== "boolean") && (data100 !== null)){
const err109 = {instancePath:instancePath+"/skip_diagonal_text",schemaPath:"#/properties/skip_diagonal_text/type",keyword:"type",params:{type: schema54.properties.skip_diagonal_text.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.specialized_chart_parsing_agentic !== undefined){
let data101 = data.specialized_chart_parsing_agentic;
if((typeof data101 !== "boolean") && (data101 !== null)){
const err110 = {instancePath:instancePath+"/specialized_chart_parsing_agentic",schemaPath:"#/properties/specialized_chart_parsing_agentic/type",keyword:"type",params:{type: schema54.properties.specialized_chart_parsing_agentic.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.specialized_chart_parsing_efficient !== undefined){
let data102 = data.specialized_chart_parsing_efficient;
if((typeof data102 !== "boolean") && (data102 !== null)){
const err111 = {instancePath:instancePath+"/specialized_chart_parsing_efficient",schemaPath:"#/properties/specialized_chart_parsing_efficient/type",keyword:"type",params:{type: schema54.properties.specialized_chart_parsing_efficient.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.specialized_chart_parsing_plus !== undefined){
let data103 = data.specialized_chart_parsing_plus;
if((typeof data103 !== "boolean") && (data103 !== null)){
const err112 = {instancePath:instancePath+"/specialized_chart_parsing_plus",schemaPath:"#/properties/specialized_chart_parsing_plus/type",keyword:"type",params:{type: schema54.properties.specialized_chart_parsing_plus.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.specialized_image_parsing !== undefined){
let data104 = data.specialized_image_parsing;
if((typeof data104 !== "boolean") && (data104 !== null)){
const err113 = {instancePath:instancePath+"/specialized_image_parsing",schemaPath:"#/properties/specialized_image_parsing/type",keyword:"type",params:{type: schema54.properties.specialized_image_parsing.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.spreadsheet_extract_sub_tables !== undefined){
let data105 = data.spreadsheet_extract_sub_tables;
if((typeof data105 !== "boolean") && (data105 !== null)){
const err114 = {instancePath:instancePath+"/spreadsheet_extract_sub_tables",schemaPath:"#/properties/spreadsheet_extract_sub_tables/type",keyword:"type",params:{type: schema54.properties.spreadsheet_extract_sub_tables.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.spreadsheet_force_formula_computation !== undefined){
let data106 = data.spreadsheet_force_formula_computation;
if((typeof data106 !== "boolean") && (data106 !== null)){
const err115 = {instancePath:instancePath+"/spreadsheet_force_formula_computation",schemaPath:"#/properties/spreadsheet_force_formula_computation/type",keyword:"type",params:{type: schema54.properties.spreadsheet_force_formula_computation.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.spreadsheet_include_hidden_sheets !== undefined){
let data107 = data.spreadsheet_include_hidden_sheets;
if((typeof data107 !== "boolean") && (data107 !== null)){
const err116 = {instancePath:instancePath+"/spreadsheet_include_hidden_sheets",schemaPath:"#/properties/spreadsheet_include_hidden_sheets/type",keyword:"type",params:{type: schema54.properties.spreadsheet_include_hidden_sheets.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.strict_mode_buggy_font !== undefined){
let data108 = data.strict_mode_buggy_font;
if((typeof data108 !== "boolean") && (data108 !== null)){
const err117 = {instancePath:instancePath+"/strict_mode_buggy_font",schemaPath:"#/properties/strict_mode_buggy_font/type",keyword:"type",params:{type: schema54.properties.strict_mode_buggy_font.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.strict_mode_image_extraction !== undefined){
let data109 = data.strict_mode_image_extraction;
if((typeof data109 !== "boolean") && (data109 !== null)){
const err118 = {instancePath:instancePath+"/strict_mode_image_extraction",schemaPath:"#/properties/strict_mode_image_extraction/type",keyword:"type",params:{type: schema54.properties.strict_mode_image_extraction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.strict_mode_image_ocr !== undefined){
let data110 = data.strict_mode_image_ocr;
if((typeof data110 !== "boolean") && (data110 !== null)){
const err119 = {instancePath:instancePath+"/strict_mode_image_ocr",schemaPath:"#/properties/strict_mode_image_ocr/type",keyword:"type",params:{type: schema54.properties.strict_mode_image_ocr.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.strict_mode_reconstruction !== undefined){
let data111 = data.strict_mode_reconstruction;
if((typeof data111 !== "boolean") && (data111 !== null)){
const err120 = {instancePath:instancePath+"/strict_mode_reconstruction",schemaPath:"#/properties/strict_mode_reconstruction/type",keyword:"type",params:{type: schema54.properties.strict_mode_reconstruction.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.structured_output !== undefined){
let data112 = data.structured_output;
if((typeof data112 !== "boolean") && (data112 !== null)){
const err121 = {instancePath:instancePath+"/structured_output",schemaPath:"#/properties/structured_output/type",keyword:"type",params:{type: schema54.properties.structured_output.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.structured_output_json_schema !== undefined){
let data113 = data.structured_output_json_schema;
if((typeof data113 !== "string") && (data113 !== null)){
const err122 = {instancePath:instancePath+"/structured_output_json_schema",schemaPath:"#/properties/structured_output_json_schema/type",keyword:"type",params:{type: schema54.properties.structured_output_json_schema.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.structured_output_json_schema_name !== undefined){
let data114 = data.structured_output_json_schema_name;
if((typeof data114 !== "string") && (data114 !== null)){
const err123 = {instancePath:instancePath+"/structured_output_json_schema_name",schemaPath:"#/properties/structured_output_json_schema_name/type",keyword:"type",params:{type: schema54.properties.structured_output_json_schema_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.system_prompt !== undefined){
let data115 = data.system_prompt;
if((typeof data115 !== "string") && (data115 !== null)){
const err124 = {instancePath:instancePath+"/system_prompt",schemaPath:"#/properties/system_prompt/type",keyword:"type",params:{type: schema54.properties.system_prompt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.system_prompt_append !== undefined){
let data116 = data.system_prompt_append;
if((typeof data116 !== "string") && (data116 !== null)){
const err125 = {instancePath:instancePath+"/system_prompt_append",schemaPath:"#/properties/system_prompt_append/type",keyword:"type",params:{type: schema54.properties.system_prompt_append.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.take_screenshot !== undefined){
let data117 = data.take_screenshot;
if((typeof data117 !== "boolean") && (data117 !== null)){
const err126 = {instancePath:instancePath+"/take_screenshot",schemaPath:"#/properties/take_screenshot/type",keyword:"type",params:{type: schema54.properties.take_screenshot.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.target_pages !== undefined){
let data118 = data.target_pages;
if((typeof data118 !== "string") && (data118 !== null)){
const err127 = {instancePath:instancePath+"/target_pages",schemaPath:"#/properties/target_pages/type",keyword:"type",params:{type: schema54.properties.target_pages.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.tier !== undefined){
let data119 = data.tier;
if((typeof data119 !== "string") && (data119 !== null)){
const err128 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: schema54.properties.tier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.type !== undefined){
let data120 = data.type;
if(typeof data120 !== "string"){
const err129 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!(data120 === "parse")){
const err130 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.use_vendor_multimodal_model !== undefined){
let data121 = data.use_vendor_multimodal_model;
if((typeof data121 !== "boolean") && (data121 !== null)){
const err131 = {instancePath:instancePath+"/use_vendor_multimodal_model",schemaPath:"#/properties/use_vendor_multimodal_model/type",keyword:"type",params:{type: schema54.properties.use_vendor_multimodal_model.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.user_prompt !== undefined){
let data122 = data.user_prompt;
if((typeof data122 !== "string") && (data122 !== null)){
const err132 = {instancePath:instancePath+"/user_prompt",schemaPath:"#/properties/user_prompt/type",keyword:"type",params:{type: schema54.properties.user_prompt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.vendor_multimodal_api_key !== undefined){
let data123 = data.vendor_multimodal_api_key;
if((typeof data123 !== "string") && (data123 !== null)){
const err133 = {instancePath:instancePath+"/vendor_multimodal_api_key",schemaPath:"#/properties/vendor_multimodal_api_key/type",keyword:"type",params:{type: schema54.properties.vendor_multimodal_api_key.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.vendor_multimodal_model_name !== undefined){
let data124 = data.vendor_multimodal_model_name;
if((typeof data124 !== "string") && (data124 !== null)){
const err134 = {instancePath:instancePath+"/vendor_multimodal_model_name",schemaPath:"#/properties/vendor_multimodal_model_name/type",keyword:"type",params:{type: schema54.properties.vendor_multimodal_model_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.version !== undefined){
let data125 = data.version;
if((typeof data125 !== "string") && (data125 !== null)){
const err135 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema54.properties.version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.webhook_configurations !== undefined){
let data126 = data.webhook_configurations;
if((!(Array.isArray(data126))) && (data126 !== null)){
const err136 = {instancePath:instancePath+"/webhook_configurations",schemaPath:"#/properties/webhook_configurations/type",keyword:"type",params:{type: schema54.properties.webhook_configurations.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(Array.isArray(data126)){
const len2 = data126.length;
for(let i2=0; i2<len2; i2++){
if(!(validate46(data126[i2], {instancePath:instancePath+"/webhook_configurations/" + i2,parentData:data126,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
}
if(data.webhook_url !== undefined){
let data128 = data.webhook_url;
if((typeof data128 !== "string") && (data128 !== null)){
const err137 = {instancePath:instancePath+"/webhook_url",schemaPath:"#/properties/webhook_url/type",keyword:"type",params:{type: schema54.properties.webhook_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"adaptive_long_table":true,"aggressive_table_extraction":true,"annotate_links":true,"auto_mode":true,"auto_mode_configuration_json":true,"auto_mode_trigger_on_image_in_page":true,"auto_mode_trigger_on_regexp_in_page":true,"auto_mode_trigger_on_table_in_page":true,"auto_mode_trigger_on_text_in_page":true,"azure_openai_api_version":true,"azure_openai_deployment_name":true,"azure_openai_endpoint":true,"azure_openai_key":true,"bbox_bottom":true,"bbox_left":true,"bbox_right":true,"bbox_top":true,"bounding_box":true,"compact_markdown_table":true,"complemental_formatting_instruction":true,"confidence_score_effort":true,"content_guideline_instruction":true,"continuous_mode":true,"custom_metadata":true,"disable_image_extraction":true,"disable_ocr":true,"disable_reconstruction":true,"do_not_cache":true,"do_not_unroll_columns":true,"enable_cost_optimizer":true,"extract_charts":true,"extract_layout":true,"extract_printed_page_number":true,"fast_mode":true,"formatting_instruction":true,"gpt4o_api_key":true,"gpt4o_mode":true,"guess_xlsx_sheet_name":true,"hide_footers":true,"hide_headers":true,"high_res_ocr":true,"html_make_all_elements_visible":true,"html_remove_fixed_elements":true,"html_remove_navigation_elements":true,"http_proxy":true,"ignore_document_elements_for_layout_detection":true,"images_to_save":true,"inline_images_in_markdown":true,"input_s3_path":true,"input_s3_region":true,"input_url":true,"internal_is_screenshot_job":true,"invalidate_cache":true,"is_formatting_instruction":true,"job_timeout_extra_time_per_page_in_seconds":true,"job_timeout_in_seconds":true,"keep_page_separator_when_merging_tables":true,"lang":true,"languages":true,"layout_aware":true,"line_level_bounding_box":true,"markdown_table_multiline_header_separator":true,"max_pages":true,"max_pages_enforced":true,"merge_tables_across_pages_in_markdown":true,"model":true,"outlined_table_extraction":true,"output_pdf_of_document":true,"output_s3_path_prefix":true,"output_s3_region":true,"output_tables_as_HTML":true,"outputBucket":true,"page_error_tolerance":true,"page_footer_prefix":true,"page_footer_suffix":true,"page_header_prefix":true,"page_header_suffix":true,"page_prefix":true,"page_separator":true,"page_suffix":true,"parse_mode":true,"parsing_instruction":true,"pipeline_id":true,"precise_bounding_box":true,"premium_mode":true,"presentation_out_of_bounds_content":true,"presentation_skip_embedded_data":true,"preserve_layout_alignment_across_pages":true,"preserve_very_small_text":true,"preset":true,"priority":true,"project_id":true,"remove_hidden_text":true,"replace_failed_page_mode":true,"replace_failed_page_with_error_message_prefix":true,"replace_failed_page_with_error_message_suffix":true,"resource_info":true,"save_images":true,"skip_diagonal_text":true,"specialized_chart_parsing_agentic":true,"specialized_chart_parsing_efficient":true,"specialized_chart_parsing_plus":true,"specialized_image_parsing":true,"spreadsheet_extract_sub_tables":true,"spreadsheet_force_formula_computation":true,"spreadsheet_include_hidden_sheets":true,"strict_mode_buggy_font":true,"strict_mode_image_extraction":true,"strict_mode_image_ocr":true,"strict_mode_reconstruction":true,"structured_output":true,"structured_output_json_schema":true,"structured_output_json_schema_name":true,"system_prompt":true,"system_prompt_append":true,"take_screenshot":true,"target_pages":true,"tier":true,"type":true,"use_vendor_multimodal_model":true,"user_prompt":true,"vendor_multimodal_api_key":true,"vendor_multimodal_model_name":true,"version":true,"webhook_configurations":true,"webhook_url":true},"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.correlation_id !== undefined){
let data0 = data.correlation_id;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: schema53.properties.correlation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.job_name !== undefined){
let data1 = data.job_name;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/job_name",schemaPath:"#/properties/job_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data1 === "parse_raw_file_job")){
const err2 = {instancePath:instancePath+"/job_name",schemaPath:"#/properties/job_name/enum",keyword:"enum",params:{allowedValues: schema53.properties.job_name.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.parameters !== undefined){
let data2 = data.parameters;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(!(validate45(data2, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.adaptive_long_table = true;
props0.aggressive_table_extraction = true;
props0.annotate_links = true;
props0.auto_mode = true;
props0.auto_mode_configuration_json = true;
props0.auto_mode_trigger_on_image_in_page = true;
props0.auto_mode_trigger_on_regexp_in_page = true;
props0.auto_mode_trigger_on_table_in_page = true;
props0.auto_mode_trigger_on_text_in_page = true;
props0.azure_openai_api_version = true;
props0.azure_openai_deployment_name = true;
props0.azure_openai_endpoint = true;
props0.azure_openai_key = true;
props0.bbox_bottom = true;
props0.bbox_left = true;
props0.bbox_right = true;
props0.bbox_top = true;
props0.bounding_box = true;
props0.compact_markdown_table = true;
props0.complemental_formatting_instruction = true;
props0.confidence_score_effort = true;
props0.content_guideline_instruction = true;
props0.continuous_mode = true;
props0.custom_metadata = true;
props0.disable_image_extraction = true;
props0.disable_ocr = true;
props0.disable_reconstruction = true;
props0.do_not_cache = true;
props0.do_not_unroll_columns = true;
props0.enable_cost_optimizer = true;
props0.extract_charts = true;
props0.extract_layout = true;
props0.extract_printed_page_number = true;
props0.fast_mode = true;
props0.formatting_instruction = true;
props0.gpt4o_api_key = true;
props0.gpt4o_mode = true;
props0.guess_xlsx_sheet_name = true;
props0.hide_footers = true;
props0.hide_headers = true;
props0.high_res_ocr = true;
props0.html_make_all_elements_visible = true;
props0.html_remove_fixed_elements = true;
props0.html_remove_navigation_elements = true;
props0.http_proxy = true;
props0.ignore_document_elements_for_layout_detection = true;
props0.images_to_save = true;
props0.inline_images_in_markdown = true;
props0.input_s3_path = true;
props0.input_s3_region = true;
props0.input_url = true;
props0.internal_is_screenshot_job = true;
props0.invalidate_cache = true;
props0.is_formatting_instruction = true;
props0.job_timeout_extra_time_per_page_in_seconds = true;
props0.job_timeout_in_seconds = true;
props0.keep_page_separator_when_merging_tables = true;
props0.lang = true;
props0.languages = true;
props0.layout_aware = true;
props0.line_level_bounding_box = true;
props0.markdown_table_multiline_header_separator = true;
props0.max_pages = true;
props0.max_pages_enforced = true;
props0.merge_tables_across_pages_in_markdown = true;
props0.model = true;
props0.outlined_table_extraction = true;
props0.output_pdf_of_document = true;
props0.output_s3_path_prefix = true;
props0.output_s3_region = true;
props0.output_tables_as_HTML = true;
props0.outputBucket = true;
props0.page_error_tolerance = true;
props0.page_footer_prefix = true;
props0.page_footer_suffix = true;
props0.page_header_prefix = true;
props0.page_header_suffix = true;
props0.page_prefix = true;
props0.page_separator = true;
props0.page_suffix = true;
props0.parse_mode = true;
props0.parsing_instruction = true;
props0.pipeline_id = true;
props0.precise_bounding_box = true;
props0.premium_mode = true;
props0.presentation_out_of_bounds_content = true;
props0.presentation_skip_embedded_data = true;
props0.preserve_layout_alignment_across_pages = true;
props0.preserve_very_small_text = true;
props0.preset = true;
props0.priority = true;
props0.project_id = true;
props0.remove_hidden_text = true;
props0.replace_failed_page_mode = true;
props0.replace_failed_page_with_error_message_prefix = true;
props0.replace_failed_page_with_error_message_suffix = true;
props0.resource_info = true;
props0.save_images = true;
props0.skip_diagonal_text = true;
props0.specialized_chart_parsing_agentic = true;
props0.specialized_chart_parsing_efficient = true;
props0.specialized_chart_parsing_plus = true;
props0.specialized_image_parsing = true;
props0.spreadsheet_extract_sub_tables = true;
props0.spreadsheet_force_formula_computation = true;
props0.spreadsheet_include_hidden_sheets = true;
props0.strict_mode_buggy_font = true;
props0.strict_mode_image_extraction = true;
props0.strict_mode_image_ocr = true;
props0.strict_mode_reconstruction = true;
props0.structured_output = true;
props0.structured_output_json_schema = true;
props0.structured_output_json_schema_name = true;
props0.system_prompt = true;
props0.system_prompt_append = true;
props0.take_screenshot = true;
props0.target_pages = true;
props0.tier = true;
props0.type = true;
props0.use_vendor_multimodal_model = true;
props0.user_prompt = true;
props0.vendor_multimodal_api_key = true;
props0.vendor_multimodal_model_name = true;
props0.version = true;
props0.webhook_configurations = true;
props0.webhook_url = true;
}
const _errs8 = errors;
if(data2 !== null){
const err3 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.parent_job_execution_id !== undefined){
let data3 = data.parent_job_execution_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/parent_job_execution_id",schemaPath:"#/properties/parent_job_execution_id/type",keyword:"type",params:{type: schema53.properties.parent_job_execution_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.partitions !== undefined){
let data4 = data.partitions;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
if(typeof data4[key0] !== "string"){
const err6 = {instancePath:instancePath+"/partitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/partitions/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/partitions",schemaPath:"#/properties/partitions/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
let data6 = data.project_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err8 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: schema53.properties.project_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.session_id !== undefined){
let data7 = data.session_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err9 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: schema53.properties.session_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.user_id !== undefined){
let data8 = data.user_id;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: schema53.properties.user_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.webhook_url !== undefined){
let data9 = data.webhook_url;
if((typeof data9 !== "string") && (data9 !== null)){
const err11 = {instancePath:instancePath+"/webhook_url",schemaPath:"#/properties/webhook_url/type",keyword:"type",params:{type: schema53.properties.webhook_url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"correlation_id":true,"job_name":true,"parameters":true,"parent_job_execution_id":true,"partitions":true,"project_id":true,"session_id":true,"user_id":true,"webhook_url":true},"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","title":"ClassifyJob","description":"A classify job, which sorts files into document types by rules.","required":["id","project_id","rules","status","user_id"],"properties":{"id":{"type":"string","description":"ID of the classify job"},"project_id":{"type":"string","description":"Project the classify job belongs to"},"rules":{"type":"array","description":"The document types to choose from, one rule each","items":{"$ref":"#/components/schemas/ClassifierRule"}},"status":{"$ref":"#/components/schemas/ClassifyJobStatus","description":"Where the classify job stands"},"user_id":{"type":"string","description":"User who created the classify job"},"created_at":{"type":["string","null"],"format":"date-time","description":"When the classify job was created"},"effective_at":{"type":"string","format":"date-time","description":"Time from which the job's status is in effect"},"error_message":{"type":["string","null"],"description":"Error of the job's latest attempt, if it had one"},"job_record_id":{"type":["string","null"],"description":"Job record this status belongs to, if any"},"mode":{"type":"string","enum":["FAST","MULTIMODAL"],"description":"FAST reads text only; MULTIMODAL also looks at page images"},"parsing_configuration":{"$ref":"#/components/schemas/ClassifyParsingConfiguration","description":"How files are parsed before they are classified"},"updated_at":{"type":["string","null"],"format":"date-time","description":"When the classify job last changed"}}};
const schema61 = {"type":"object","title":"ClassifierRule","description":"One document type and how to recognise it.","required":["description","type"],"properties":{"description":{"type":"string","description":"What a document of this type contains, in plain language; the more specific, the better"},"type":{"type":"string","description":"Document type assigned when the rule matches, e.g. invoice or contract"}}};
const schema62 = {"type":"string","title":"ClassifyJobStatus","description":"Lifecycle state of a product job such as a classify job","enum":["PENDING","SUCCESS","PARTIAL_SUCCESS","ERROR","CANCELLED"]};
const schema63 = {"type":"object","title":"ClassifyParsingConfiguration","description":"Parse settings used before classifying.","properties":{"lang":{"$ref":"#/components/schemas/ParsingLanguages","description":"Language of the files"},"max_pages":{"type":["integer","null"],"description":"Parse no more than this many pages"},"target_pages":{"type":["array","null"],"description":"Page indexes to parse, counting from 0","items":{"type":"integer","minimum":0}}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lang !== undefined){
let data0 = data.lang;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/lang",schemaPath:"#/components/schemas/ParsingLanguages/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data0 === "abq") || (data0 === "ady")) || (data0 === "af")) || (data0 === "ang")) || (data0 === "ar")) || (data0 === "as")) || (data0 === "ava")) || (data0 === "az")) || (data0 === "be")) || (data0 === "bg")) || (data0 === "bgc")) || (data0 === "bh")) || (data0 === "bho")) || (data0 === "bn")) || (data0 === "bs")) || (data0 === "ch_sim")) || (data0 === "ch_tra")) || (data0 === "che")) || (data0 === "cs")) || (data0 === "cy")) || (data0 === "da")) || (data0 === "dar")) || (data0 === "de")) || (data0 === "en")) || (data0 === "es")) || (data0 === "et")) || (data0 === "fa")) || (data0 === "fr")) || (data0 === "ga")) || (data0 === "gom")) || (data0 === "hi")) || (data0 === "hr")) || (data0 === "hu")) || (data0 === "id")) || (data0 === "inh")) || (data0 === "is")) || (data0 === "it")) || (data0 === "ja")) || (data0 === "kbd")) || (data0 === "kn")) || (data0 === "ko")) || (data0 === "ku")) || (data0 === "la")) || (data0 === "lbe")) || (data0 === "lez")) || (data0 === "lt")) || (data0 === "lv")) || (data0 === "mah")) || (data0 === "mai")) || (data0 === "mi")) || (data0 === "mn")) || (data0 === "mni")) || (data0 === "mr")) || (data0 === "ms")) || (data0 === "mt")) || (data0 === "ne")) || (data0 === "new")) || (data0 === "nl")) || (data0 === "no")) || (data0 === "oc")) || (data0 === "pi")) || (data0 === "pl")) || (data0 === "pt")) || (data0 === "ro")) || (data0 === "rs_cyrillic")) || (data0 === "rs_latin")) || (data0 === "ru")) || (data0 === "sa")) || (data0 === "sck")) || (data0 === "sk")) || (data0 === "sl")) || (data0 === "sq")) || (data0 === "sv")) || (data0 === "sw")) || (data0 === "ta")) || (data0 === "tab")) || (data0 === "te")) || (data0 === "th")) || (data0 === "tjk")) || (data0 === "tl")) || (data0 === "tr")) || (data0 === "ug")) || (data0 === "uk")) || (data0 === "ur")) || (data0 === "uz")) || (data0 === "vi"))){
const err1 = {instancePath:instancePath+"/lang",schemaPath:"#/components/schemas/ParsingLanguages/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.max_pages !== undefined){
let data1 = data.max_pages;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/max_pages",schemaPath:"#/properties/max_pages/type",keyword:"type",params:{type: schema63.properties.max_pages.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.target_pages !== undefined){
let data2 = data.target_pages;
if((!(Array.isArray(data2))) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/target_pages",schemaPath:"#/properties/target_pages/type",keyword:"type",params:{type: schema63.properties.target_pages.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/target_pages/" + i0,schemaPath:"#/properties/target_pages/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/target_pages/" + i0,schemaPath:"#/properties/target_pages/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"lang":true,"max_pages":true,"target_pages":true},"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
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
if(data.project_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rules === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
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
if(data.user_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_id"},message:"must have required property '"+"user_id"+"'"};
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
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err6 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rules !== undefined){
let data2 = data.rules;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.description === undefined){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/components/schemas/ClassifierRule/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.type === undefined){
const err8 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/components/schemas/ClassifierRule/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.description !== undefined){
if(typeof data3.description !== "string"){
const err9 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/components/schemas/ClassifierRule/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.type !== undefined){
if(typeof data3.type !== "string"){
const err10 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/components/schemas/ClassifierRule/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/components/schemas/ClassifierRule/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.status !== undefined){
let data6 = data.status;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ClassifyJobStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((data6 === "PENDING") || (data6 === "SUCCESS")) || (data6 === "PARTIAL_SUCCESS")) || (data6 === "ERROR")) || (data6 === "CANCELLED"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ClassifyJobStatus/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.user_id !== undefined){
if(typeof data.user_id !== "string"){
const err15 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.created_at !== undefined){
let data8 = data.created_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema60.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.effective_at !== undefined){
let data9 = data.effective_at;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err18 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/effective_at",schemaPath:"#/properties/effective_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.error_message !== undefined){
let data10 = data.error_message;
if((typeof data10 !== "string") && (data10 !== null)){
const err20 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema60.properties.error_message.type},message:"must be string,null"};
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
const err21 = {instancePath:instancePath+"/job_record_id",schemaPath:"#/properties/job_record_id/type",keyword:"type",params:{type: schema60.properties.job_record_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mode !== undefined){
let data12 = data.mode;
if(typeof data12 !== "string"){
const err22 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data12 === "FAST") || (data12 === "MULTIMODAL"))){
const err23 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema60.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.parsing_configuration !== undefined){
if(!(validate51(data.parsing_configuration, {instancePath:instancePath+"/parsing_configuration",parentData:data,parentDataProperty:"parsing_configuration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.updated_at !== undefined){
let data14 = data.updated_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err24 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema60.properties.updated_at.type},message:"must be string,null"};
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
const err25 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"id":true,"project_id":true,"rules":true,"status":true,"user_id":true,"created_at":true,"effective_at":true,"error_message":true,"job_record_id":true,"mode":true,"parsing_configuration":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item_id"},message:"must have required property '"+"item_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.job_config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_config"},message:"must have required property '"+"job_config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.job_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.output_s3_path === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "output_s3_path"},message:"must have required property '"+"output_s3_path"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.parameters_hash === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parameters_hash"},message:"must have required property '"+"parameters_hash"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.processed_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "processed_at"},message:"must have required property '"+"processed_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.result_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_id"},message:"must have required property '"+"result_id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.item_id !== undefined){
if(typeof data.item_id !== "string"){
const err7 = {instancePath:instancePath+"/item_id",schemaPath:"#/properties/item_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.job_config !== undefined){
let data1 = data.job_config;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate44(data1, {instancePath:instancePath+"/job_config",parentData:data,parentDataProperty:"job_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.correlation_id = true;
props0.job_name = true;
props0.parameters = true;
props0.parent_job_execution_id = true;
props0.partitions = true;
props0.project_id = true;
props0.session_id = true;
props0.user_id = true;
props0.webhook_url = true;
}
const _errs6 = errors;
if(!(validate50(data1, {instancePath:instancePath+"/job_config",parentData:data,parentDataProperty:"job_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.project_id = true;
props0.rules = true;
props0.status = true;
props0.user_id = true;
props0.created_at = true;
props0.effective_at = true;
props0.error_message = true;
props0.job_record_id = true;
props0.mode = true;
props0.parsing_configuration = true;
props0.updated_at = true;
}
}
if(!valid1){
const err8 = {instancePath:instancePath+"/job_config",schemaPath:"#/properties/job_config/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.job_type !== undefined){
let data2 = data.job_type;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/job_type",schemaPath:"#/components/schemas/BatchJobType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "parse") || (data2 === "extract")) || (data2 === "classify"))){
const err10 = {instancePath:instancePath+"/job_type",schemaPath:"#/components/schemas/BatchJobType/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.output_s3_path !== undefined){
if(typeof data.output_s3_path !== "string"){
const err11 = {instancePath:instancePath+"/output_s3_path",schemaPath:"#/properties/output_s3_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.parameters_hash !== undefined){
if(typeof data.parameters_hash !== "string"){
const err12 = {instancePath:instancePath+"/parameters_hash",schemaPath:"#/properties/parameters_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.processed_at !== undefined){
let data5 = data.processed_at;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err13 = {instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.result_id !== undefined){
if(typeof data.result_id !== "string"){
const err15 = {instancePath:instancePath+"/result_id",schemaPath:"#/properties/result_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"item_id":true,"job_config":true,"job_type":true,"output_s3_path":true,"parameters_hash":true,"processed_at":true,"result_id":true,"output_metadata":true},"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item_id"},message:"must have required property '"+"item_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.item_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item_name"},message:"must have required property '"+"item_name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.item_id !== undefined){
if(typeof data.item_id !== "string"){
const err2 = {instancePath:instancePath+"/item_id",schemaPath:"#/properties/item_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.item_name !== undefined){
if(typeof data.item_name !== "string"){
const err3 = {instancePath:instancePath+"/item_name",schemaPath:"#/properties/item_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.processing_results !== undefined){
let data2 = data.processing_results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data2[i0], {instancePath:instancePath+"/processing_results/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/processing_results",schemaPath:"#/properties/processing_results/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"item_id":true,"item_name":true,"processing_results":true},"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"item_id":true,"item_name":true,"processing_results":true},"dynamicProps":false,"dynamicItems":false};

export const response_batches_list = validate56;
const schema66 = {"$ref":"openapi#/components/schemas/BatchQueryResponse"};
const schema67 = {"type":"object","title":"BatchQueryResponse","description":"One page of v2 batches.","required":["items"],"properties":{"items":{"type":"array","description":"The batches on this page","items":{"$ref":"#/components/schemas/Batch"}},"next_page_token":{"type":["string","null"],"description":"Send as page_token to get the following page; absent or null on the last page"},"total_size":{"type":["integer","null"],"description":"Total number of matching batches, when the service reports it (possibly an estimate)"}}};
const schema68 = {"type":"object","title":"Batch","x-llamacloud-table":["id","status","source_directory_id","created_at"],"description":"A v2 batch over a source directory.","required":["id","config","project_id","source_directory_id","status"],"properties":{"id":{"type":"string","description":"ID of the batch"},"config":{"$ref":"#/components/schemas/BatchConfig","description":"Settings the batch was created with"},"project_id":{"type":"string","description":"Project the batch belongs to"},"source_directory_id":{"type":"string","description":"Directory the batch processes"},"status":{"$ref":"#/components/schemas/BatchStatus","description":"Where the batch stands"},"created_at":{"type":["string","null"],"format":"date-time","description":"When the batch was created"},"results":{"type":["array","null"],"description":"Per-file outcomes; null unless asked for with expand=results, and while the batch runs","items":{"$ref":"#/components/schemas/BatchResult"}},"updated_at":{"type":["string","null"],"format":"date-time","description":"When the batch last changed"}}};
const schema72 = {"type":"string","title":"BatchStatus","description":"Lifecycle state of a v2 batch; FAILED means the orchestration itself failed and per-file results are unreliable","enum":["PENDING","RUNNING","THROTTLED","COMPLETED","FAILED","CANCELLED"]};
const schema69 = {"type":"object","title":"BatchConfig","description":"Settings of a v2 batch, fixed when it is created.","required":["job"],"properties":{"job":{"$ref":"#/components/schemas/BatchProductJob","description":"The job to create for each file"}}};
const schema70 = {"type":"object","title":"BatchProductJob","description":"The job to create for each file of the source directory.","required":["configuration_id","type"],"properties":{"configuration_id":{"type":"string","description":"Saved product configuration, or built-in preset, of the matching job type"},"type":{"$ref":"#/components/schemas/ProductJobType","description":"Product job to run for each file"}}};
const schema71 = {"type":"string","title":"ProductJobType","description":"Product job a v2 batch runs for each file","enum":["parse_v2","extract_v2"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configuration_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configuration_id"},message:"must have required property '"+"configuration_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.configuration_id !== undefined){
if(typeof data.configuration_id !== "string"){
const err2 = {instancePath:instancePath+"/configuration_id",schemaPath:"#/properties/configuration_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/ProductJobType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "parse_v2") || (data1 === "extract_v2"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/ProductJobType/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"configuration_id":true,"type":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.job !== undefined){
if(!(validate60(data.job, {instancePath:instancePath+"/job",parentData:data,parentDataProperty:"job",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"job":true},"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","title":"BatchResult","description":"What a batch did with one file of the source directory. Follow job_reference to the\nproduct job for its progress and output.\n","required":["source_directory_file_id"],"properties":{"source_directory_file_id":{"type":"string","description":"The directory file; the stable key for matching results to files"},"error_message":{"type":["string","null"],"description":"Set when the batch could not create or link a job for the file"},"job_reference":{"description":"The job created for the file, if any","anyOf":[{"$ref":"#/components/schemas/JobReference"},{"type":"null"}]}}};
const schema74 = {"type":"object","title":"JobReference","description":"A product job that a batch created.","required":["id","type"],"properties":{"id":{"type":"string","description":"ID of the job, e.g. a parse job ID"},"type":{"$ref":"#/components/schemas/ProductJobType","description":"Kind of job"}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
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
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/ProductJobType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "parse_v2") || (data1 === "extract_v2"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/ProductJobType/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"id":true,"type":true},"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source_directory_file_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_directory_file_id"},message:"must have required property '"+"source_directory_file_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_directory_file_id !== undefined){
if(typeof data.source_directory_file_id !== "string"){
const err1 = {instancePath:instancePath+"/source_directory_file_id",schemaPath:"#/properties/source_directory_file_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.error_message !== undefined){
let data1 = data.error_message;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/error_message",schemaPath:"#/properties/error_message/type",keyword:"type",params:{type: schema73.properties.error_message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.job_reference !== undefined){
let data2 = data.job_reference;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(!(validate64(data2, {instancePath:instancePath+"/job_reference",parentData:data,parentDataProperty:"job_reference",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
props0.type = true;
}
const _errs8 = errors;
if(data2 !== null){
const err3 = {instancePath:instancePath+"/job_reference",schemaPath:"#/properties/job_reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/job_reference",schemaPath:"#/properties/job_reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"source_directory_file_id":true,"error_message":true,"job_reference":true},"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
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
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
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
if(data.source_directory_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_directory_id"},message:"must have required property '"+"source_directory_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
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
if(data.config !== undefined){
if(!(validate59(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err6 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source_directory_id !== undefined){
if(typeof data.source_directory_id !== "string"){
const err7 = {instancePath:instancePath+"/source_directory_id",schemaPath:"#/properties/source_directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data4 === "PENDING") || (data4 === "RUNNING")) || (data4 === "THROTTLED")) || (data4 === "COMPLETED")) || (data4 === "FAILED")) || (data4 === "CANCELLED"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema68.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.results !== undefined){
let data6 = data.results;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: schema68.properties.results.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/results/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema68.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
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
if(!(validate58(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
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
const err2 = {instancePath:instancePath+"/next_page_token",schemaPath:"#/properties/next_page_token/type",keyword:"type",params:{type: schema67.properties.next_page_token.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/total_size",schemaPath:"#/properties/total_size/type",keyword:"type",params:{type: schema67.properties.total_size.type},message:"must be integer,null"};
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
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};

export const response_batches_create = validate69;
const schema76 = {"$ref":"openapi#/components/schemas/Batch"};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
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
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
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
if(data.source_directory_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_directory_id"},message:"must have required property '"+"source_directory_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
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
if(data.config !== undefined){
if(!(validate59(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err6 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source_directory_id !== undefined){
if(typeof data.source_directory_id !== "string"){
const err7 = {instancePath:instancePath+"/source_directory_id",schemaPath:"#/properties/source_directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data4 === "PENDING") || (data4 === "RUNNING")) || (data4 === "THROTTLED")) || (data4 === "COMPLETED")) || (data4 === "FAILED")) || (data4 === "CANCELLED"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema68.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.results !== undefined){
let data6 = data.results;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: schema68.properties.results.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/results/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema68.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_batches_get = validate74;
const schema79 = {"$ref":"openapi#/components/schemas/Batch"};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
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
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
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
if(data.source_directory_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_directory_id"},message:"must have required property '"+"source_directory_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
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
if(data.config !== undefined){
if(!(validate59(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err6 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source_directory_id !== undefined){
if(typeof data.source_directory_id !== "string"){
const err7 = {instancePath:instancePath+"/source_directory_id",schemaPath:"#/properties/source_directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data4 === "PENDING") || (data4 === "RUNNING")) || (data4 === "THROTTLED")) || (data4 === "COMPLETED")) || (data4 === "FAILED")) || (data4 === "CANCELLED"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema68.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.results !== undefined){
let data6 = data.results;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: schema68.properties.results.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/results/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema68.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_batches_cancel = validate79;
const schema82 = {"$ref":"openapi#/components/schemas/Batch"};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
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
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
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
if(data.source_directory_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_directory_id"},message:"must have required property '"+"source_directory_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
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
if(data.config !== undefined){
if(!(validate59(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err6 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source_directory_id !== undefined){
if(typeof data.source_directory_id !== "string"){
const err7 = {instancePath:instancePath+"/source_directory_id",schemaPath:"#/properties/source_directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data4 === "PENDING") || (data4 === "RUNNING")) || (data4 === "THROTTLED")) || (data4 === "COMPLETED")) || (data4 === "FAILED")) || (data4 === "CANCELLED"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/BatchStatus/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.created_at !== undefined){
let data5 = data.created_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema68.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.results !== undefined){
let data6 = data.results;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: schema68.properties.results.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data6[i0], {instancePath:instancePath+"/results/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema68.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"id":true,"config":true,"project_id":true,"source_directory_id":true,"status":true,"created_at":true,"results":true,"updated_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_list = validate84;
const schema85 = {"$ref":"openapi#/components/schemas/DirectoryQueryResponse"};
const schema86 = {"type":"object","title":"DirectoryQueryResponse","description":"One page of directories.","required":["items"],"properties":{"items":{"type":"array","description":"The directories on this page","items":{"$ref":"#/components/schemas/Directory"}},"next_page_token":{"type":["string","null"],"description":"Send as page_token to get the following page; absent or null on the last page"},"total_size":{"type":["integer","null"],"description":"Total number of matching directories, when the service reports it"}}};
const schema87 = {"type":"object","title":"Directory","x-llamacloud-table":["id","name","type","created_at"],"description":"A directory of files that batches process.","required":["id","name","project_id"],"properties":{"id":{"type":"string","description":"ID of the directory"},"name":{"type":"string","description":"Name of the directory"},"project_id":{"type":"string","description":"Project the directory belongs to"},"type":{"anyOf":[{"$ref":"#/components/schemas/DirectoryType"},{"type":"null"}],"description":"What the directory is for"},"description":{"type":["string","null"],"description":"Description shown to users"},"connector_subscription_id":{"type":["string","null"],"description":"Connector subscription whose files sync into the directory; null when filled by uploads"},"system_metadata":{"type":["object","null"],"description":"Metadata the service keeps","additionalProperties":true},"created_at":{"type":["string","null"],"format":"date-time","description":"When the directory was created"},"updated_at":{"type":["string","null"],"format":"date-time","description":"When the directory last changed"},"expires_at":{"type":["string","null"],"format":"date-time","description":"When the directory may be cleaned up"},"deleted_at":{"type":["string","null"],"format":"date-time","description":"When the directory was deleted; null while it exists"}}};
const schema88 = {"type":"string","title":"DirectoryType","description":"What a directory is for: user (filled by uploads), index (behind an index) or ephemeral (cleaned up after a batch)","enum":["user","index","ephemeral"]};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
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
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err5 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "user") || (data3 === "index")) || (data3 === "ephemeral"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema87.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.connector_subscription_id !== undefined){
let data5 = data.connector_subscription_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/connector_subscription_id",schemaPath:"#/properties/connector_subscription_id/type",keyword:"type",params:{type: schema87.properties.connector_subscription_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.system_metadata !== undefined){
let data6 = data.system_metadata;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/system_metadata",schemaPath:"#/properties/system_metadata/type",keyword:"type",params:{type: schema87.properties.system_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data7 = data.created_at;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema87.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err15 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema87.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.expires_at !== undefined){
let data9 = data.expires_at;
if((typeof data9 !== "string") && (data9 !== null)){
const err17 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema87.properties.expires_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data10 = data.deleted_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err19 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema87.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err20 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
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
if(!(validate86(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
const err2 = {instancePath:instancePath+"/next_page_token",schemaPath:"#/properties/next_page_token/type",keyword:"type",params:{type: schema86.properties.next_page_token.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/total_size",schemaPath:"#/properties/total_size/type",keyword:"type",params:{type: schema86.properties.total_size.type},message:"must be integer,null"};
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
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_create = validate89;
const schema89 = {"$ref":"openapi#/components/schemas/Directory"};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
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
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err5 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "user") || (data3 === "index")) || (data3 === "ephemeral"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema87.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.connector_subscription_id !== undefined){
let data5 = data.connector_subscription_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/connector_subscription_id",schemaPath:"#/properties/connector_subscription_id/type",keyword:"type",params:{type: schema87.properties.connector_subscription_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.system_metadata !== undefined){
let data6 = data.system_metadata;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/system_metadata",schemaPath:"#/properties/system_metadata/type",keyword:"type",params:{type: schema87.properties.system_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data7 = data.created_at;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema87.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err15 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema87.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.expires_at !== undefined){
let data9 = data.expires_at;
if((typeof data9 !== "string") && (data9 !== null)){
const err17 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema87.properties.expires_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data10 = data.deleted_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err19 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema87.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err20 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_get = validate92;
const schema92 = {"$ref":"openapi#/components/schemas/Directory"};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
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
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err5 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "user") || (data3 === "index")) || (data3 === "ephemeral"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema87.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.connector_subscription_id !== undefined){
let data5 = data.connector_subscription_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/connector_subscription_id",schemaPath:"#/properties/connector_subscription_id/type",keyword:"type",params:{type: schema87.properties.connector_subscription_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.system_metadata !== undefined){
let data6 = data.system_metadata;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/system_metadata",schemaPath:"#/properties/system_metadata/type",keyword:"type",params:{type: schema87.properties.system_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data7 = data.created_at;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema87.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err15 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema87.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.expires_at !== undefined){
let data9 = data.expires_at;
if((typeof data9 !== "string") && (data9 !== null)){
const err17 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema87.properties.expires_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data10 = data.deleted_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err19 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema87.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err20 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_update = validate95;
const schema95 = {"$ref":"openapi#/components/schemas/Directory"};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
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
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err5 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "user") || (data3 === "index")) || (data3 === "ephemeral"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/DirectoryType/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema87.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.connector_subscription_id !== undefined){
let data5 = data.connector_subscription_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/connector_subscription_id",schemaPath:"#/properties/connector_subscription_id/type",keyword:"type",params:{type: schema87.properties.connector_subscription_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.system_metadata !== undefined){
let data6 = data.system_metadata;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/system_metadata",schemaPath:"#/properties/system_metadata/type",keyword:"type",params:{type: schema87.properties.system_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data7 = data.created_at;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema87.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data8 = data.updated_at;
if((typeof data8 !== "string") && (data8 !== null)){
const err15 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema87.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.expires_at !== undefined){
let data9 = data.expires_at;
if((typeof data9 !== "string") && (data9 !== null)){
const err17 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema87.properties.expires_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data10 = data.deleted_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err19 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema87.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err20 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":{"id":true,"name":true,"project_id":true,"type":true,"description":true,"connector_subscription_id":true,"system_metadata":true,"created_at":true,"updated_at":true,"expires_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_files_list = validate98;
const schema98 = {"$ref":"openapi#/components/schemas/DirectoryFileQueryResponse"};
const schema99 = {"type":"object","title":"DirectoryFileQueryResponse","description":"One page of directory files.","required":["items"],"properties":{"items":{"type":"array","description":"The files on this page","items":{"$ref":"#/components/schemas/DirectoryFile"}},"next_page_token":{"type":["string","null"],"description":"Send as page_token to get the following page; absent or null on the last page"},"total_size":{"type":["integer","null"],"description":"Total number of matching files, when the service reports it"}}};
const schema100 = {"type":"object","title":"DirectoryFile","x-llamacloud-table":["id","display_name","unique_id","updated_at"],"description":"A file in a directory.","required":["id","directory_id","display_name","project_id","unique_id"],"properties":{"id":{"type":"string","description":"ID of the directory file"},"directory_id":{"type":"string","description":"Directory the file is in"},"display_name":{"type":"string","description":"Name shown for the file"},"project_id":{"type":"string","description":"Project the file belongs to"},"unique_id":{"type":"string","description":"The file's unique ID within the directory"},"file_id":{"type":["string","null"],"description":"ID of the stored file"},"metadata":{"$ref":"#/components/schemas/DirectoryFileMetadata","description":"Metadata from every source merged, higher-priority sources winning"},"download_url":{"anyOf":[{"$ref":"#/components/schemas/PresignedUrl"},{"type":"null"}],"description":"A presigned URL to download the file, when asked for"},"created_at":{"type":["string","null"],"format":"date-time","description":"When the file was added"},"updated_at":{"type":["string","null"],"format":"date-time","description":"When the file last changed"},"deleted_at":{"type":["string","null"],"format":"date-time","description":"When the file was removed; null while it is there"}}};
const schema101 = {"type":"object","title":"DirectoryFileMetadata","description":"User metadata of a file, as key-value pairs","additionalProperties":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"array","items":{"type":"string"}},{"type":"null"}]}};
const schema102 = {"type":"object","title":"PresignedUrl","description":"A time-limited URL for a private file.","required":["url","expires_at"],"properties":{"url":{"type":"string","description":"The URL"},"expires_at":{"type":"string","format":"date-time","description":"When the URL stops working"},"form_fields":{"type":["object","null"],"description":"Form fields to send with a presigned POST","additionalProperties":{"type":"string"}}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
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
if(data.directory_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directory_id"},message:"must have required property '"+"directory_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.project_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.unique_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unique_id"},message:"must have required property '"+"unique_id"+"'"};
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
if(data.directory_id !== undefined){
if(typeof data.directory_id !== "string"){
const err6 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.display_name !== undefined){
if(typeof data.display_name !== "string"){
const err7 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.unique_id !== undefined){
if(typeof data.unique_id !== "string"){
const err9 = {instancePath:instancePath+"/unique_id",schemaPath:"#/properties/unique_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file_id !== undefined){
let data5 = data.file_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: schema100.properties.file_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
const _errs25 = errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/DirectoryFileMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.download_url !== undefined){
let data9 = data.download_url;
const _errs32 = errors;
let valid6 = false;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err19 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.expires_at === undefined){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.url !== undefined){
if(typeof data9.url !== "string"){
const err21 = {instancePath:instancePath+"/download_url/url",schemaPath:"#/components/schemas/PresignedUrl/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.expires_at !== undefined){
let data11 = data9.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err22 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.form_fields !== undefined){
let data12 = data9.form_fields;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/download_url/form_fields",schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/type",keyword:"type",params:{type: schema102.properties.form_fields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(typeof data12[key1] !== "string"){
const err25 = {instancePath:instancePath+"/download_url/form_fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = {};
props0.url = true;
props0.expires_at = true;
props0.form_fields = true;
}
const _errs45 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err28 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.created_at !== undefined){
let data14 = data.created_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema100.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err31 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema100.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err32 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data16 = data.deleted_at;
if((typeof data16 !== "string") && (data16 !== null)){
const err33 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema100.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err34 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
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
if(!(validate100(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
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
const err2 = {instancePath:instancePath+"/next_page_token",schemaPath:"#/properties/next_page_token/type",keyword:"type",params:{type: schema99.properties.next_page_token.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/total_size",schemaPath:"#/properties/total_size/type",keyword:"type",params:{type: schema99.properties.total_size.type},message:"must be integer,null"};
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
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":{"items":true,"next_page_token":true,"total_size":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_files_add = validate103;
const schema103 = {"$ref":"openapi#/components/schemas/DirectoryFile"};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
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
if(data.directory_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directory_id"},message:"must have required property '"+"directory_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.project_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.unique_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unique_id"},message:"must have required property '"+"unique_id"+"'"};
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
if(data.directory_id !== undefined){
if(typeof data.directory_id !== "string"){
const err6 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.display_name !== undefined){
if(typeof data.display_name !== "string"){
const err7 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.unique_id !== undefined){
if(typeof data.unique_id !== "string"){
const err9 = {instancePath:instancePath+"/unique_id",schemaPath:"#/properties/unique_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file_id !== undefined){
let data5 = data.file_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: schema100.properties.file_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
const _errs25 = errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/DirectoryFileMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.download_url !== undefined){
let data9 = data.download_url;
const _errs32 = errors;
let valid6 = false;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err19 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.expires_at === undefined){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.url !== undefined){
if(typeof data9.url !== "string"){
const err21 = {instancePath:instancePath+"/download_url/url",schemaPath:"#/components/schemas/PresignedUrl/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.expires_at !== undefined){
let data11 = data9.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err22 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.form_fields !== undefined){
let data12 = data9.form_fields;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/download_url/form_fields",schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/type",keyword:"type",params:{type: schema102.properties.form_fields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(typeof data12[key1] !== "string"){
const err25 = {instancePath:instancePath+"/download_url/form_fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = {};
props0.url = true;
props0.expires_at = true;
props0.form_fields = true;
}
const _errs45 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err28 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.created_at !== undefined){
let data14 = data.created_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema100.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err31 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema100.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err32 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data16 = data.deleted_at;
if((typeof data16 !== "string") && (data16 !== null)){
const err33 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema100.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err34 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_files_upload = validate106;
const schema107 = {"$ref":"openapi#/components/schemas/DirectoryFile"};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
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
if(data.directory_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directory_id"},message:"must have required property '"+"directory_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.project_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.unique_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unique_id"},message:"must have required property '"+"unique_id"+"'"};
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
if(data.directory_id !== undefined){
if(typeof data.directory_id !== "string"){
const err6 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.display_name !== undefined){
if(typeof data.display_name !== "string"){
const err7 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.unique_id !== undefined){
if(typeof data.unique_id !== "string"){
const err9 = {instancePath:instancePath+"/unique_id",schemaPath:"#/properties/unique_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file_id !== undefined){
let data5 = data.file_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: schema100.properties.file_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
const _errs25 = errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/DirectoryFileMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.download_url !== undefined){
let data9 = data.download_url;
const _errs32 = errors;
let valid6 = false;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err19 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.expires_at === undefined){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.url !== undefined){
if(typeof data9.url !== "string"){
const err21 = {instancePath:instancePath+"/download_url/url",schemaPath:"#/components/schemas/PresignedUrl/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.expires_at !== undefined){
let data11 = data9.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err22 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.form_fields !== undefined){
let data12 = data9.form_fields;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/download_url/form_fields",schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/type",keyword:"type",params:{type: schema102.properties.form_fields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(typeof data12[key1] !== "string"){
const err25 = {instancePath:instancePath+"/download_url/form_fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = {};
props0.url = true;
props0.expires_at = true;
props0.form_fields = true;
}
const _errs45 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err28 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.created_at !== undefined){
let data14 = data.created_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema100.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err31 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema100.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err32 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data16 = data.deleted_at;
if((typeof data16 !== "string") && (data16 !== null)){
const err33 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema100.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err34 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_files_get = validate109;
const schema111 = {"$ref":"openapi#/components/schemas/DirectoryFile"};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
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
if(data.directory_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directory_id"},message:"must have required property '"+"directory_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.project_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.unique_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unique_id"},message:"must have required property '"+"unique_id"+"'"};
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
if(data.directory_id !== undefined){
if(typeof data.directory_id !== "string"){
const err6 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.display_name !== undefined){
if(typeof data.display_name !== "string"){
const err7 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.unique_id !== undefined){
if(typeof data.unique_id !== "string"){
const err9 = {instancePath:instancePath+"/unique_id",schemaPath:"#/properties/unique_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file_id !== undefined){
let data5 = data.file_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: schema100.properties.file_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
const _errs25 = errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/DirectoryFileMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.download_url !== undefined){
let data9 = data.download_url;
const _errs32 = errors;
let valid6 = false;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err19 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.expires_at === undefined){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.url !== undefined){
if(typeof data9.url !== "string"){
const err21 = {instancePath:instancePath+"/download_url/url",schemaPath:"#/components/schemas/PresignedUrl/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.expires_at !== undefined){
let data11 = data9.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err22 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.form_fields !== undefined){
let data12 = data9.form_fields;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/download_url/form_fields",schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/type",keyword:"type",params:{type: schema102.properties.form_fields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(typeof data12[key1] !== "string"){
const err25 = {instancePath:instancePath+"/download_url/form_fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = {};
props0.url = true;
props0.expires_at = true;
props0.form_fields = true;
}
const _errs45 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err28 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.created_at !== undefined){
let data14 = data.created_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema100.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err31 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema100.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err32 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data16 = data.deleted_at;
if((typeof data16 !== "string") && (data16 !== null)){
const err33 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema100.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err34 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

export const response_beta_directories_files_update = validate112;
const schema115 = {"$ref":"openapi#/components/schemas/DirectoryFile"};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
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
if(data.directory_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directory_id"},message:"must have required property '"+"directory_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.project_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.unique_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unique_id"},message:"must have required property '"+"unique_id"+"'"};
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
if(data.directory_id !== undefined){
if(typeof data.directory_id !== "string"){
const err6 = {instancePath:instancePath+"/directory_id",schemaPath:"#/properties/directory_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.display_name !== undefined){
if(typeof data.display_name !== "string"){
const err7 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.unique_id !== undefined){
if(typeof data.unique_id !== "string"){
const err9 = {instancePath:instancePath+"/unique_id",schemaPath:"#/properties/unique_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file_id !== undefined){
let data5 = data.file_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: schema100.properties.file_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
const _errs25 = errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/DirectoryFileMetadata/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/components/schemas/DirectoryFileMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.download_url !== undefined){
let data9 = data.download_url;
const _errs32 = errors;
let valid6 = false;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.url === undefined){
const err19 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.expires_at === undefined){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.url !== undefined){
if(typeof data9.url !== "string"){
const err21 = {instancePath:instancePath+"/download_url/url",schemaPath:"#/components/schemas/PresignedUrl/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.expires_at !== undefined){
let data11 = data9.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err22 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/download_url/expires_at",schemaPath:"#/components/schemas/PresignedUrl/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.form_fields !== undefined){
let data12 = data9.form_fields;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/download_url/form_fields",schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/type",keyword:"type",params:{type: schema102.properties.form_fields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(typeof data12[key1] !== "string"){
const err25 = {instancePath:instancePath+"/download_url/form_fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/PresignedUrl/properties/form_fields/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
}
else {
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/components/schemas/PresignedUrl/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = {};
props0.url = true;
props0.expires_at = true;
props0.form_fields = true;
}
const _errs45 = errors;
if(data9 !== null){
const err27 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err28 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.created_at !== undefined){
let data14 = data.created_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err29 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema100.properties.created_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.updated_at !== undefined){
let data15 = data.updated_at;
if((typeof data15 !== "string") && (data15 !== null)){
const err31 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema100.properties.updated_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err32 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.deleted_at !== undefined){
let data16 = data.deleted_at;
if((typeof data16 !== "string") && (data16 !== null)){
const err33 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/type",keyword:"type",params:{type: schema100.properties.deleted_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err34 = {instancePath:instancePath+"/deleted_at",schemaPath:"#/properties/deleted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};


function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":{"id":true,"directory_id":true,"display_name":true,"project_id":true,"unique_id":true,"file_id":true,"metadata":true,"download_url":true,"created_at":true,"updated_at":true,"deleted_at":true},"dynamicProps":false,"dynamicItems":false};

/** 2xx response validators, by operation. */
export const validators = {
  "beta.batch.list": response_beta_batch_list,
  "beta.batch.create": response_beta_batch_create,
  "beta.batch.getStatus": response_beta_batch_getStatus,
  "beta.batch.cancel": response_beta_batch_cancel,
  "beta.batch.jobItems.list": response_beta_batch_jobItems_list,
  "beta.batch.jobItems.getProcessingResults": response_beta_batch_jobItems_getProcessingResults,
  "batches.list": response_batches_list,
  "batches.create": response_batches_create,
  "batches.get": response_batches_get,
  "batches.cancel": response_batches_cancel,
  "beta.directories.list": response_beta_directories_list,
  "beta.directories.create": response_beta_directories_create,
  "beta.directories.get": response_beta_directories_get,
  "beta.directories.update": response_beta_directories_update,
  "beta.directories.files.list": response_beta_directories_files_list,
  "beta.directories.files.add": response_beta_directories_files_add,
  "beta.directories.files.upload": response_beta_directories_files_upload,
  "beta.directories.files.get": response_beta_directories_files_get,
  "beta.directories.files.update": response_beta_directories_files_update,
};
